package com.orderdesk.payment.gateway;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a provider moves a payment to a new amount, decided by the adapter and carried out (and
 * logged step by step) by the core. Shown to operators as the dry-run answer.
 *
 * @param strategy what has to happen
 * @param steps the steps in words, in order (e.g. "ChangeTran JobCd=CAPTURE 1,800円")
 * @param reason why it is not possible, for {@link Strategy#NOT_POSSIBLE}
 */
public record AmountChangePlan(Strategy strategy, List<String> steps, @Nullable String reason) {

    public enum Strategy {
        /** Nothing to do: the amount is already the new one. */
        UNCHANGED,
        /** One provider call changes the amount, keeping the payment ({@link PaymentGateway#changeAmount}). */
        CHANGE_IN_PLACE,
        /** Refund the difference of a captured payment (a decrease only). */
        REFUND_DIFFERENCE,
        /** Cancel this payment and start a new one for the new amount (DSK re-issue, kakebarai). */
        CANCEL_AND_REISSUE,
        /** The provider cannot follow; an operator must act (the payment is flagged). */
        NOT_POSSIBLE
    }

    public AmountChangePlan {
        steps = List.copyOf(steps);
    }

    public static AmountChangePlan notPossible(String reason) {
        return new AmountChangePlan(Strategy.NOT_POSSIBLE, List.of(), reason);
    }
}
