package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a payment that need no provider call, each in its own transaction: flagging it for an
 * operator, re-pricing or cancelling an attempt the provider has not heard of yet.
 */
@Component
class LocalPaymentChanges {

    private final PaymentRepository payments;
    private final PaymentChanges changes;
    private final OrderManagement orders;
    private final Clock clock;
    private final PaymentGateways gateways;

    LocalPaymentChanges(PaymentRepository payments, PaymentChanges changes, OrderManagement orders, Clock clock,
            PaymentGateways gateways) {
        this.gateways = gateways;
        this.payments = payments;
        this.changes = changes;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public void flag(UUID paymentId, String reason) {
        payments.findById(paymentId).ifPresent(payment -> changes.flag(payment, reason));
    }

    /**
     * Flags a payment that ended while its order stays open (a payment cancel does not cancel the
     * order): cancelling the order later settles it ({@link #orderCancelled}).
     */
    @Transactional
    public void flagOrderLeftOpen(UUID paymentId, String reason) {
        payments.findById(paymentId)
                .ifPresent(payment -> changes.flag(payment, reason, AttentionCause.ORDER_LEFT_OPEN, Set.of()));
    }

    /**
     * The order was cancelled: a flag raised because the payment had ended while the order stayed
     * open has nothing left to ask of the operator, so it goes, with a history line.
     */
    @Transactional
    public void orderCancelled(UUID paymentId) {
        payments.findById(paymentId)
                .filter(payment -> payment.needsAttention() && payment.attentionCause() == AttentionCause.ORDER_LEFT_OPEN)
                .ifPresent(payment -> changes.clearAttention(payment, "order cancelled"));
    }

    /** Flags the payment because its amount and the order total disagree: the order may not ship meanwhile. */
    @Transactional
    public void holdShipment(UUID paymentId, String reason) {
        payments.findById(paymentId).ifPresent(payment -> changes.holdShipment(payment, reason));
    }

    /** The payment amount and the order total agree again: a hold (and its flag) goes. */
    @Transactional
    public void releaseShipmentHold(UUID paymentId, String why) {
        payments.findById(paymentId).ifPresent(payment -> changes.releaseShipmentHold(payment, why));
    }

    @Transactional
    public void repriced(UUID paymentId, long newAmount) {
        payments.findById(paymentId).ifPresent(payment -> {
            long before = payment.amount();
            payment.reprice(newAmount, clock.instant());
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                    + " 金額変更 " + PaymentRules.yen(before) + " → " + PaymentRules.yen(newAmount));
        });
    }

    /**
     * The order's total was edited after the shopper paid at the store. Edited to another amount than
     * was paid: the payment becomes (or stays) AMOUNT_MISMATCH with the provider's word for it, billed
     * the new total and flagged with billed / paid / difference, so that the order is not ready to ship
     * until the operator settles the difference. Edited to exactly what was paid (the shop accepts
     * the payment as it is): order and payment agree, the payment is PAID again and its flag goes.
     */
    @Transactional
    public void orderTotalChangedAfterPayment(UUID paymentId, long orderTotal, String why) {
        payments.findById(paymentId).filter(payment -> PaymentRules.MONEY_RECEIVED.contains(payment.status()))
                .ifPresent(payment -> {
                    long paid = payment.capturedAmount();
                    PaymentStatus now = paid == orderTotal ? PaymentStatus.PAID : PaymentStatus.AMOUNT_MISMATCH;
                    payment.reprice(orderTotal, clock.instant());
                    changes.move(payment, now);
                    payment.providerSaid(gateways.get(payment.provider()).statusWord(now), Map.of());
                    if (now == PaymentStatus.PAID) {
                        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                                + " 金額一致: " + why + ", what the shopper paid; 請求 = 入金 " + PaymentRules.yen(paid));
                        if (payment.needsAttention()) {
                            changes.clearAttention(payment, why + ", what the shopper paid");
                        }
                        return;
                    }
                    changes.flag(payment, why + "; 請求 " + PaymentRules.yen(orderTotal) + " / 入金 "
                            + PaymentRules.yen(paid) + " / 差額 " + PaymentRules.yen(paid - orderTotal)
                            + ": refund or collect the difference, then record it (POST /api/admin/orders/"
                            + payment.orderNumber() + "/payment/mark-payment-cancelled when refunded in full),"
                            + " or edit the order to what was paid");
                });
    }

    /** The one history line of a re-issue (cancel + new registration), whatever the per-call lines say. */
    @Transactional
    public void reissued(Payment cancelled, Payment reissued, GatewayOutcome registration) {
        orders.recordHistory(cancelled.orderId(), HistoryKind.PAYMENT, cancelled.provider().displayName() + " 再発行 "
                + PaymentRules.yen(cancelled.amount()) + " → " + PaymentRules.yen(reissued.amount()) + " (attempt "
                + cancelled.attempt() + " → " + reissued.attempt() + "): " + OperationTexts.outcome(registration));
    }

    /** Cancels a PENDING attempt that was never sent to the provider. */
    @Transactional
    public void cancelUnsent(UUID paymentId, String why) {
        payments.findById(paymentId).ifPresent(payment -> {
            changes.move(payment, PaymentStatus.CANCELLED);
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT,
                    payment.provider().displayName() + " 取消 (未送信): " + why);
        });
    }
}
