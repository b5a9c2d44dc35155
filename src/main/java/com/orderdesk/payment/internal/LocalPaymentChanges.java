package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.Map;
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
     * The order's total no longer matches what the shopper paid at the store: the payment becomes
     * AMOUNT_MISMATCH with the provider's word for it, flagged with billed / paid / difference, so
     * that the order is no longer ready to ship until the operator settles the difference.
     */
    @Transactional
    public void orderTotalDisagrees(UUID paymentId, long orderTotal, String why) {
        payments.findById(paymentId).filter(payment -> payment.status() == PaymentStatus.PAID).ifPresent(payment -> {
            long paid = payment.capturedAmount();
            payment.reprice(orderTotal, clock.instant());
            changes.move(payment, PaymentStatus.AMOUNT_MISMATCH);
            String word = gateways.get(payment.provider()).statusWord(PaymentStatus.AMOUNT_MISMATCH);
            payment.providerSaid(word, Map.of());
            changes.flag(payment, why + "; 請求 " + PaymentRules.yen(orderTotal) + " / 入金 " + PaymentRules.yen(paid)
                    + " / 差額 " + PaymentRules.yen(paid - orderTotal) + ": refund or collect the difference, then"
                    + " record it (POST /api/admin/orders/" + payment.orderNumber() + "/payment/mark-payment-cancelled"
                    + " when refunded in full)");
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
