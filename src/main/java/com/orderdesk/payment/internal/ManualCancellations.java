package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentActionNotAllowed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.shared.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a received payment was undone outside OrderDesk — the operator refunded the
 * shopper by bank transfer, or learnt of a provider reversal (DSK 入金取消) by e-mail — as a
 * MANUAL entry in the operations log, without calling the provider, which cannot do it.
 */
@Component
class ManualCancellations {

    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentGateways gateways;
    private final PaymentChanges changes;
    private final OrderManagement orders;
    private final Clock clock;

    ManualCancellations(PaymentRepository payments, PaymentOperationRepository operations, PaymentGateways gateways, PaymentChanges changes,
            OrderManagement orders, Clock clock) {
        this.payments = payments;
        this.operations = operations;
        this.gateways = gateways;
        this.changes = changes;
        this.orders = orders;
        this.clock = clock;
    }

    /** Moves the payment to CANCELLED with the operator's reason in the log and the order history. */
    @Transactional
    public void record(UUID paymentId, String reason) {
        // Loaded here, not by the caller, so that the move is written by this transaction.
        Payment payment = payments.findById(paymentId).orElseThrow();
        if (operations.existsUnresolved(payment.id())) {
            throw new PaymentActionNotAllowed(PaymentAction.MARK_PAYMENT_CANCELLED, PaymentActions.IN_FLIGHT);
        }
        PaymentRules.refusal(PaymentAction.MARK_PAYMENT_CANCELLED, payment,
                gateways.get(payment.provider()).capabilities(), clock.instant(), null).ifPresent(refusal -> {
                    throw new PaymentActionNotAllowed(PaymentAction.MARK_PAYMENT_CANCELLED, refusal);
                });
        Instant now = clock.instant();
        String masked = OperationTexts.mask(reason.strip());
        // What went back is what was received: the paid amount, which differs from the billed one on 金額不一致.
        long received = payment.refundableAmount();
        PaymentOperation entry = new PaymentOperation(payment.id(), OperationKind.MANUAL, received,
                CurrentActor.name(), now, OperationLog.ORPHAN_AFTER, null);
        // Nothing was sent, so the entry is born resolved; the resolution keeps the operator's words.
        entry.complete(GatewayOutcome.SUCCEEDED, OperationKind.CANCEL, null, null, now);
        entry.resolve(GatewayOutcome.SUCCEEDED, "recorded by operator: " + masked, now);
        operations.save(entry);
        PaymentStatus before = payment.status();
        // The money went back outside OrderDesk: the same fact a provider's cancel books, ledger included.
        changes.apply(payment, PaymentFact.cancelled(entry.id(), null));
        // The provider's word and a flag about the old state (金額不一致) no longer describe the payment.
        String word = gateways.get(payment.provider()).statusWord(PaymentStatus.CANCELLED);
        payment.providerSaid(word != null ? word : PaymentStatus.CANCELLED.name(), Map.of());
        if (payment.needsAttention() && !payment.blockedByAttention()) {
            payment.clearAttention(now);
            changes.publishHolds(payment);
        }
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                + " 入金取消を記録 " + PaymentRules.yen(received) + (before == PaymentStatus.AMOUNT_MISMATCH
                        ? " (入金額; 請求 " + PaymentRules.yen(payment.amount()) + ")" : "")
                + " by " + CurrentActor.name() + ": " + masked);
    }
}
