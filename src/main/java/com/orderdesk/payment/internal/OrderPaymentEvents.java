package com.orderdesk.payment.internal;

import java.util.Map;
import java.util.Optional;

import com.orderdesk.order.OrderAmountChanged;
import com.orderdesk.order.OrderCancelled;
import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderPaymentMethodChanged;
import com.orderdesk.order.OrderPlaced;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.AuthorizationOutlivesOrderCancel;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Order events drive payments: a placed order gets its first attempt (an operator's order is started
 * at once when the shopper has nothing to hand over; a store order by the store API), an amount change follows the provider's plan, a cancellation
 * or a method change settles the current attempt (a cancellation leaves an authorization the provider's
 * manual keeps for the operator, {@link AuthorizationOutlivesOrderCancel}, flagged instead). Where the provider cannot follow, the payment is
 * flagged for an operator with the reason. Idempotent: a redelivered event finds its work done.
 *
 * <p>Listeners run without a surrounding transaction ({@code NOT_SUPPORTED}): provider calls must
 * not hold a database transaction open, and the operations log commits each entry on its own.
 */
@Component
class OrderPaymentEvents {

    private final PaymentRepository payments;
    private final PaymentStarts starts;
    private final PaymentActions actions;
    private final LocalPaymentChanges local;
    private final ManualCancellations manual;

    private final PaymentFeeRefit fees;
    private final PaymentGateways gateways;

    OrderPaymentEvents(PaymentRepository payments, PaymentStarts starts, PaymentActions actions,
            LocalPaymentChanges local, ManualCancellations manual, PaymentFeeRefit fees, PaymentGateways gateways) {
        this.gateways = gateways;
        this.fees = fees;
        this.manual = manual;
        this.payments = payments;
        this.starts = starts;
        this.actions = actions;
        this.local = local;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced placed) {
        if (placed.paymentMethodCode() == null
                || payments.findFirstByOrderIdOrderByAttemptDesc(placed.orderId()).isPresent()) {
            return;
        }
        Payment payment;
        try {
            payment = starts.firstAttempt(placed.orderId(), placed.orderNumber(), placed.paymentMethodCode(),
                    placed.total());
        } catch (DataIntegrityViolationException startedMeanwhile) {
            // The store checkout started it synchronously at the same moment.
            return;
        }
        // Store orders are started by the store API in the shopper's request (POST /api/store/checkout
        // or …/payment); starting them here as well would race it for the same authorization.
        if (placed.channel() == OrderChannel.ADMIN && !starts.needsInstrument(payment)) {
            starts.authorize(payment, Map.of(), null);
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderAmountChanged changed) {
        Optional<Payment> current = payments.findFirstByOrderIdOrderByAttemptDesc(changed.orderId());
        if (current.isEmpty() || current.get().status().isFinal()) {
            return;
        }
        Payment payment = current.get();
        String what = "order total changed to " + PaymentRules.yen(changed.newTotal());
        if (payment.amount() == changed.newTotal()) {
            // The operator edited the order to what the payment already says: they agree again.
            local.releaseShipmentHold(payment.id(), what + ", the payment amount");
            return;
        }
        if (PaymentRules.MONEY_RECEIVED.contains(payment.status())) {
            // Paid at the store: another total is exactly the manual's 金額不一致 (not ready to ship); the
            // total the shopper paid makes them agree again.
            local.orderTotalChangedAfterPayment(payment.id(), changed.newTotal(), what + " after the shopper paid");
            return;
        }
        if (fees.refitted(payment, changed)) {
            return;
        }
        // Whatever stops the payment from following leaves amount and total apart: hold the order back.
        String disagree = "; the payment stays at " + PaymentRules.yen(payment.amount()) + " and the order is not"
                + " ready to ship until they agree";
        try {
            AmountChangePlan plan = actions.plan(payment, changed.newTotal());
            if (plan.strategy() == AmountChangePlan.Strategy.NOT_POSSIBLE) {
                local.holdShipment(payment.id(), what + "; the provider cannot follow: " + plan.reason() + disagree);
                return;
            }
            PaymentActions.Execution execution = actions.changeAmount(payment, changed.newTotal(), plan);
            GatewayResult stoppedBy = execution.stoppedBy();
            if (stoppedBy != null) {
                local.holdShipment(payment.id(), what + "; the provider refused: " + describe(stoppedBy) + disagree);
            } else {
                Payment followed = execution.reissued() != null ? execution.reissued() : payment;
                local.releaseShipmentHold(followed.id(), "the payment followed the " + what);
            }
        } catch (PaymentActionNotAllowed refused) {
            local.holdShipment(payment.id(), what + "; " + refused.getMessage() + disagree);
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderCancelled cancelled) {
        payments.findFirstByOrderIdOrderByAttemptDesc(cancelled.orderId()).ifPresent(payment -> {
            String refundedOutside = cancelled.refundedOutside();
            if (refundedOutside != null && PaymentRules.MONEY_RECEIVED.contains(payment.status())) {
                // The operator chose to cancel anyway: the refund they made outside is what ends the payment.
                manual.record(payment.id(), "order cancelled; " + refundedOutside);
                return;
            }
            // Only an authorization waiting for the operator's capture: one the provider captures by itself
            // would be captured for a cancelled order, so it is cancelled as before.
            Optional<AuthorizationOutlivesOrderCancel> kept = payment.status() == PaymentStatus.AUTHORIZED
                    && !payment.captureImmediately()
                    ? gateways.feature(payment.provider(), AuthorizationOutlivesOrderCancel.class) : Optional.empty();
            if (kept.isPresent()) {
                local.flag(payment.id(), "order cancelled while the payment is AUTHORIZED; "
                        + kept.get().keptAuthorizationNote());
                return;
            }
            settle(payment, "order cancelled");
            // A payment that ended while the order stayed open was flagged for it: the order is now cancelled too.
            local.orderCancelled(payment.id());
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPaymentMethodChanged changed) {
        Optional<Payment> current = payments.findFirstByOrderIdOrderByAttemptDesc(changed.orderId());
        if (current.isPresent() && current.get().paymentMethodCode().equals(changed.paymentMethodCode())) {
            return;
        }
        current.ifPresent(payment -> settle(payment, "payment method changed to " + changed.paymentMethodCode()));
        Payment next = starts.newAttempt(changed.orderId(), changed.orderNumber(), changed.paymentMethodCode(),
                changed.total());
        if (!starts.needsInstrument(next)) {
            starts.authorize(next, Map.of(), null);
        }
    }

    /** Ends the attempt where the provider allows, otherwise flags it with the reason. */
    private void settle(Payment payment, String why) {
        if (payment.status().isFinal()) {
            return;
        }
        if (actions.neverSent(payment)) {
            local.cancelUnsent(payment.id(), why);
            return;
        }
        try {
            // After a partial refund the rest goes back the way the refund path sends it.
            GatewayResult result = payment.status() == PaymentStatus.PARTIALLY_REFUNDED
                    ? actions.refund(payment, null).result() : actions.cancel(payment).result();
            if (result.outcome() == GatewayOutcome.DECLINED
                    || result.outcome() == GatewayOutcome.FAILED) {
                local.flag(payment.id(), why + "; cancel refused by the provider: " + describe(result));
            }
        } catch (PaymentActionNotAllowed refused) {
            local.flag(payment.id(), why + "; the payment could not be cancelled: " + refused.getMessage());
        }
    }

    private static String describe(GatewayResult result) {
        return result.outcome() + (result.errorCode() == null ? "" : " " + result.errorCode())
                + (result.errorMessage() == null ? "" : " " + result.errorMessage());
    }
}
