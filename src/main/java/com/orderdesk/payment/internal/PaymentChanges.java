package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.IllegalPaymentTransition;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentStatusChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a payment's unified status changes: through the state machine, with a
 * {@link PaymentStatusChanged} event and, where a status cannot follow, a flag for an operator
 * instead of a lost fact. Runs inside the caller's transaction.
 */
@Component
class PaymentChanges {

    private final ApplicationEventPublisher events;
    private final OrderManagement orders;
    private final Clock clock;

    PaymentChanges(ApplicationEventPublisher events, OrderManagement orders, Clock clock) {
        this.events = events;
        this.orders = orders;
        this.clock = clock;
    }

    /** Moves the payment, publishing the change; throws when the move is illegal. */
    void move(Payment payment, PaymentStatus target) {
        PaymentStatus before = payment.status();
        if (payment.moveTo(target, clock.instant())) {
            published(payment, before);
            settleAttention(payment);
        }
    }

    /**
     * Moves the payment where the provider already did something (the money moved whatever our
     * state machine thinks): an impossible move flags the payment instead of dropping the fact.
     */
    void follow(Payment payment, PaymentStatus reported, String source) {
        try {
            move(payment, reported);
        } catch (IllegalPaymentTransition impossible) {
            flag(payment, source + " reported " + reported + ", which cannot follow " + payment.status());
        }
    }

    void created(Payment payment) {
        published(payment, null);
    }

    void flag(Payment payment, String reason) {
        flag(payment, reason, AttentionCause.OTHER, Set.of());
    }

    /** Flags the payment with a cause; {@code settledBy} are the statuses whose later arrival settles it. */
    void flag(Payment payment, String reason, AttentionCause cause, Set<PaymentStatus> settledBy) {
        payment.flag(reason, cause, settledBy, clock.instant());
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT,
                payment.provider().displayName() + " 要確認: " + OperationTexts.mask(reason));
    }

    /** Clears a flag whose cause the payment's new status settles (a later provider fact). */
    void settleAttention(Payment payment) {
        if (payment.statusSettlesAttention()) {
            String reason = payment.attentionReason();
            payment.clearAttention(clock.instant());
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                    + " 要確認 解消 (" + payment.status() + " confirmed by the provider): " + OperationTexts.mask(
                            String.valueOf(reason)));
        }
    }

    /** The capture the provider made on a shipment report was withdrawn with the report. */
    void captureWithdrawn(Payment payment, UUID operationId) {
        PaymentStatus before = payment.status();
        payment.captureWithdrawn(operationId, clock.instant());
        published(payment, before);
    }

    private void published(Payment payment, @Nullable PaymentStatus before) {
        events.publishEvent(new PaymentStatusChanged(payment.id(), payment.orderId(), payment.orderNumber(),
                payment.provider(), before == null ? null : before.name(), payment.status().name(), clock.instant()));
    }
}
