package com.orderdesk.payment.gmo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayPaymentState;

/**
 * How GMO-PG moves a payment to a new amount: ChangeTran in place, with JobCd AUTH while
 * authorized (the payment stays 仮売上) and JobCd CAPTURE once captured (GMO re-authorizes and
 * captures the new amount). The fact sheet lists AUTH/CAPTURE/SALES for ChangeTran without saying
 * which applies when; CAPTURE keeps captured money captured. Seed 001's cancel + re-auth + capture
 * procedure is how its shop screen works, not a protocol requirement. Not possible: outside
 * 1–{@value GmoPaymentGateway#MAX_AMOUNT} yen, in other statuses, after the authorization window,
 * and for transactions older than {@value #OPERABLE_DAYS} days ({@code E11010010}).
 */
final class GmoAmountChangePlanner {

    static final int OPERABLE_DAYS = 180;

    private GmoAmountChangePlanner() {
    }

    static AmountChangePlan plan(GatewayPaymentState payment, long newAmount, Instant now) {
        if (newAmount == payment.amount()) {
            return new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null);
        }
        if (newAmount < 1 || newAmount > GmoPaymentGateway.MAX_AMOUNT) {
            return AmountChangePlan.notPossible("GMO-PG takes amounts from 1 to "
                    + GmoPaymentGateway.yen(GmoPaymentGateway.MAX_AMOUNT));
        }
        if (payment.status() != PaymentStatus.AUTHORIZED && payment.status() != PaymentStatus.CAPTURED) {
            return AmountChangePlan.notPossible("GMO-PG changes amounts only of authorized or captured payments "
                    + "(this one is " + payment.status() + ")");
        }
        Instant authorizedAt = payment.authorizedAt();
        if (authorizedAt != null && authorizedAt.plus(Duration.ofDays(OPERABLE_DAYS)).isBefore(now)) {
            return AmountChangePlan.notPossible("GMO-PG refuses changes to transactions older than " + OPERABLE_DAYS
                    + " days (E11010010)");
        }
        if (payment.status() == PaymentStatus.CAPTURED) {
            return inPlace("ChangeTran JobCd=CAPTURE " + GmoPaymentGateway.yen(newAmount)
                    + " (GMO-PG re-authorizes and captures the new amount in place of the old sale)");
        }
        if (authorizedAt != null
                && authorizedAt.plus(Duration.ofDays(GmoAuthorizer.AUTH_VALIDITY_DAYS)).isBefore(now)) {
            return AmountChangePlan.notPossible("the " + GmoAuthorizer.AUTH_VALIDITY_DAYS
                    + "-day authorization window has passed");
        }
        return inPlace("ChangeTran JobCd=AUTH " + GmoPaymentGateway.yen(newAmount)
                + " (GMO-PG re-authorizes the new amount; the payment stays 仮売上)");
    }

    private static AmountChangePlan inPlace(String step) {
        return new AmountChangePlan(AmountChangePlan.Strategy.CHANGE_IN_PLACE, List.of(step), null);
    }
}
