package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.IllegalPaymentTransition;
import com.orderdesk.payment.PaymentReviewPassed;
import com.orderdesk.payment.PaymentShipmentHoldChanged;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a payment's unified status changes: through the state machine, with the
 * {@link PaymentStatusChanged} events the payment registered and, where a status cannot follow, a flag for an operator
 * instead of a lost fact. Runs inside the caller's transaction.
 */
@Component
class PaymentChanges {

    private final ApplicationEventPublisher events;
    private final OrderManagement orders;
    private final Clock clock;
    private final PaymentRepository payments;

    PaymentChanges(ApplicationEventPublisher events, OrderManagement orders, Clock clock, PaymentRepository payments) {
        this.events = events;
        this.orders = orders;
        this.clock = clock;
        this.payments = payments;
    }

    /** Moves the payment, publishing the change; throws when the move is illegal. */
    void move(Payment payment, PaymentStatus target) {
        if (payment.moveTo(target, clock.instant())) {
            settleAttention(payment);
        }
        publish(payment);
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

    /**
     * Books a provider fact on the payment ({@link Payment#apply}) and publishes the status changes it
     * registered; a status that cannot follow the fact flags the payment. The one way a captured,
     * paid, refunded or cancelled fact reaches a payment, whichever path it came by.
     */
    void apply(Payment payment, PaymentFact fact) {
        Optional<String> conflict = payment.apply(fact, clock.instant());
        List<PaymentStatusChanged> moves = payment.takeEvents();
        if (!moves.isEmpty()) {
            settleAttention(payment);
        }
        publish(moves);
        conflict.ifPresent(reason -> flag(payment, reason));
        publishHolds(payment);
    }

    void created(Payment payment) {
        payment.registerCreated(clock.instant());
        publish(payment);
    }

    void flag(Payment payment, String reason) {
        flag(payment, reason, AttentionCause.OTHER, Set.of());
    }

    /** Flags the payment with a cause; {@code settledBy} are the statuses whose later arrival settles it. */
    void flag(Payment payment, String reason, AttentionCause cause, Set<PaymentStatus> settledBy) {
        payment.flag(reason, cause, settledBy, clock.instant());
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT,
                payment.provider().displayName() + " 要確認: " + OperationTexts.mask(reason));
        publishHolds(payment);
    }

    /**
     * Flags the payment because its amount and the order total disagree: the order is not ready to
     * ship (list filter, order view, shipment registration) until they agree again or an operator
     * clears the flag with a reason.
     */
    void holdShipment(Payment payment, String reason) {
        payment.flag(reason, AttentionCause.OTHER, Set.of(), true, clock.instant());
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT,
                payment.provider().displayName() + " 要確認 (出荷保留): " + OperationTexts.mask(reason));
        publishHolds(payment);
    }

    /** The payment amount and the order total agree again ({@code why}): a hold goes, with its flag. */
    void releaseShipmentHold(Payment payment, String why) {
        String was = payment.attentionReason();
        if (payment.releaseShipmentHold(clock.instant())) {
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                    + " 出荷保留 解除 (" + why + "): " + OperationTexts.mask(String.valueOf(was)));
            publishHolds(payment);
        }
    }

    /**
     * Publishes the shipment-hold changes the payment registered, for the order's latest attempt
     * only: an older attempt's flag says nothing about whether the order may ship now.
     */
    void publishHolds(Payment payment) {
        List<PaymentShipmentHoldChanged> holds = payment.takeHoldEvents();
        if (!holds.isEmpty() && payments.findFirstByOrderIdOrderByAttemptDesc(payment.orderId())
                .filter(latest -> latest.id().equals(payment.id())).isPresent()) {
            holds.forEach(events::publishEvent);
        }
    }

    /** Clears a flag whose cause the payment's new status settles (a later provider fact). */
    void settleAttention(Payment payment) {
        if (payment.statusSettlesAttention()) {
            String reason = payment.attentionReason();
            payment.clearAttention(clock.instant());
            orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                    + " 要確認 解消 (" + payment.status() + " confirmed by the provider): " + OperationTexts.mask(
                            String.valueOf(reason)));
            publishHolds(payment);
        }
    }

    /** Clears the flag because what it asked of the operator happened ({@code why}), with a history line. */
    void clearAttention(Payment payment, String why) {
        String reason = payment.attentionReason();
        payment.clearAttention(clock.instant());
        orders.recordHistory(payment.orderId(), HistoryKind.PAYMENT, payment.provider().displayName()
                + " 要確認 解消 (" + why + "): " + OperationTexts.mask(String.valueOf(reason)));
        publishHolds(payment);
    }

    /** The capture the provider made on a shipment report was withdrawn with the report. */
    void captureWithdrawn(Payment payment, UUID operationId) {
        payment.captureWithdrawn(operationId, clock.instant());
        publish(payment);
    }

    /** Publishes what the payment registered, inside the caller's transaction (the registry stores it). */
    private void publish(Payment payment) {
        publish(payment.takeEvents());
        publishHolds(payment);
    }

    /** Publishes the moves, and a {@link PaymentReviewPassed} for a move out of review that is an approval. */
    private void publish(List<PaymentStatusChanged> moves) {
        for (PaymentStatusChanged move : moves) {
            events.publishEvent(move);
            if (PaymentStatus.UNDER_REVIEW.name().equals(move.previousStatus())
                    && PaymentStatus.valueOf(move.paymentStatus()).securesShipment()) {
                events.publishEvent(new PaymentReviewPassed(move.paymentId(), move.orderId(), move.orderNumber(),
                        move.provider(), move.paymentStatus(), move.occurredAt()));
            }
        }
    }
}
