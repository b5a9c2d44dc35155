package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentAttention;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.PaymentNotFound;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PaymentAttention}: the list of flagged payments, and operators resolving a flag. */
@Service
class AttentionFlags implements PaymentAttention {

    private final PaymentRepository payments;
    private final PaymentViews views;
    private final OrderManagement orders;
    private final Clock clock;
    private final PaymentChanges changes;

    AttentionFlags(PaymentRepository payments, PaymentViews views, OrderManagement orders, Clock clock,
            PaymentChanges changes) {
        this.payments = payments;
        this.views = views;
        this.orders = orders;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public Page list(boolean onlyFlagged, int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInput("size", "must be between 1 and 200");
        }
        var found = onlyFlagged
                ? payments.findByNeedsAttentionTrue(PageRequest.of(page, size,
                        Sort.by("attentionSince", "orderNumber", "attempt")))
                : payments.findAll(PageRequest.of(page, size,
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("attempt"))));
        return new Page(found.stream().map(AttentionFlags::item).toList(), page, size, found.getTotalElements());
    }

    @Override
    @Transactional
    public PaymentDetails resolve(UUID paymentId, @Nullable String reason) {
        return resolve(payments.findById(paymentId).orElseThrow(() -> new PaymentNotFound(paymentId.toString())),
                reason);
    }

    @Override
    @Transactional
    public PaymentDetails resolveCurrent(String orderNumber, @Nullable String reason) {
        return resolve(payments.findFirstByOrderIdOrderByAttemptDesc(orders.find(orderNumber).id())
                .orElseThrow(() -> new PaymentNotFound(orderNumber)), reason);
    }

    private PaymentDetails resolve(Payment payment, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "is required: say what happened and why the flag can be cleared");
        }
        if (!payment.needsAttention()) {
            throw new StateConflict("payment-not-flagged", "Payment not flagged",
                    "Payment " + payment.id() + " of order " + payment.orderNumber() + " needs no attention");
        }
        String was = payment.attentionReason();
        payment.clearAttention(clock.instant());
        // The operator's reason accepts a disagreement of amount and total: the order may ship again.
        changes.publishHolds(payment);
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                + " 要確認 解除 by " + CurrentActor.name() + ": " + OperationTexts.mask(reason.strip())
                + " (flagged: " + OperationTexts.mask(String.valueOf(was)) + ")");
        return views.of(payment);
    }

    private static Item item(Payment payment) {
        AttentionCause cause = payment.attentionCause();
        return new Item(payment.id(), payment.orderNumber(), payment.attempt(), payment.provider(), payment.status(),
                payment.providerStatus(), payment.amount(), payment.needsAttention(), payment.attentionReason(),
                cause == null ? (payment.needsAttention() ? AttentionCause.OTHER.name() : null) : cause.name(),
                payment.blockedByAttention(), payment.attentionSince());
    }
}
