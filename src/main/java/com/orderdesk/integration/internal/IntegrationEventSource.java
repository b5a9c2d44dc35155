package com.orderdesk.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderdesk.integration.IntegrationEvent;
import com.orderdesk.integration.IntegrationEvent.Change;
import com.orderdesk.integration.IntegrationEvent.Review;
import com.orderdesk.integration.IntegrationEvent.Types;
import com.orderdesk.order.OrderCancelled;
import com.orderdesk.order.OrderEdited;
import com.orderdesk.order.OrderPlaced;
import com.orderdesk.order.OrderStatus;
import com.orderdesk.order.OrderStatusChanged;
import com.orderdesk.payment.PaymentReviewFailed;
import com.orderdesk.payment.PaymentReviewPassed;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentStatusChanged;
import com.orderdesk.shipping.ShipmentChanged;
import com.orderdesk.shipping.ShipmentDeleted;
import com.orderdesk.shipping.ShipmentRegistered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the modules' internal events into {@link IntegrationEvent}s and moves store orders to the
 * end of the sync feed. Runs through the event publication registry: a crash before this commits
 * leaves the internal event's publication incomplete, and its redelivery produces the same event
 * (the id is derived from the internal event), so nothing is lost and consumers can deduplicate.
 * The integration event is published in the same transaction, so its own deliveries (RabbitMQ,
 * webhooks) are registered with the registry before anything is sent.
 */
@Component
class IntegrationEventSource {

    private final StoreOrders orders;
    private final OrderChangeFeed feed;
    private final ProviderStatuses providerStatuses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntegrationEventSource(StoreOrders orders, OrderChangeFeed feed, ProviderStatuses providerStatuses,
            ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.feed = feed;
        this.providerStatuses = providerStatuses;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        emit(Types.ORDER_PLACED, placed, placed.orderId(), placed.placedAt(), Change.none());
    }

    @ApplicationModuleListener
    void on(OrderEdited edited) {
        emit(Types.ORDER_CHANGED, edited, edited.orderId(), edited.editedAt(),
                new Change(null, null, null, null, edited.changes()));
    }

    /** A move to CANCELLED is announced once, as order.cancelled. */
    @ApplicationModuleListener
    void on(OrderStatusChanged moved) {
        if (moved.to() != OrderStatus.CANCELLED) {
            emit(Types.ORDER_CHANGED, moved, moved.orderId(), clock.instant(),
                    new Change(moved.from().name(), moved.to().name(), null, null, List.of()));
        }
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        emit(Types.ORDER_CANCELLED, cancelled, cancelled.orderId(), clock.instant(),
                new Change(null, OrderStatus.CANCELLED.name(), null, null, List.of()));
    }

    @ApplicationModuleListener
    void on(PaymentStatusChanged changed) {
        emit(Types.PAYMENT_STATUS_CHANGED, changed, changed.orderId(), changed.occurredAt(),
                new Change(changed.previousStatus(), changed.paymentStatus(),
                        providerStatuses.of(changed.orderId(), changed.paymentId()), null,
                        List.of("provider " + changed.provider().name())));
    }

    /** The review ended with an approval: payment.review-completed, outcome APPROVED. */
    @ApplicationModuleListener
    void on(PaymentReviewPassed passed) {
        emit(Types.PAYMENT_REVIEW_COMPLETED, passed, passed.orderId(), passed.occurredAt(),
                new Change(PaymentStatus.UNDER_REVIEW.name(), passed.paymentStatus(),
                        providerStatuses.of(passed.orderId(), passed.paymentId()), null,
                        List.of("provider " + passed.provider().name()),
                        new Review(Review.APPROVED, null, null, false)));
    }

    /** The review ended without an approval (or an approval was withdrawn): outcome FAILED. */
    @ApplicationModuleListener
    void on(PaymentReviewFailed failed) {
        emit(Types.PAYMENT_REVIEW_COMPLETED, failed, failed.orderId(), failed.occurredAt(),
                new Change(previousOf(failed), PaymentStatus.FAILED.name(),
                        providerStatuses.of(failed.orderId(), failed.paymentId()), null,
                        List.of("provider " + failed.provider().name()),
                        new Review(Review.FAILED, failed.failure(), failed.reason(), failed.cancelOrder())));
    }

    @ApplicationModuleListener
    void on(ShipmentRegistered registered) {
        emit(Types.SHIPMENT_REGISTERED, registered, registered.orderId(), clock.instant(),
                new Change(null, registered.carrier().name(), null, registered.shipmentId(),
                        registered.trackingNumbers()));
    }

    @ApplicationModuleListener
    void on(ShipmentChanged changed) {
        emit(Types.SHIPMENT_CHANGED, changed, changed.orderId(), clock.instant(),
                new Change(changed.previousCarrier().name(), changed.carrier().name(), null, changed.shipmentId(),
                        List.of(String.join(",", changed.previousTrackingNumbers()) + " → "
                                + String.join(",", changed.trackingNumbers()))));
    }

    @ApplicationModuleListener
    void on(ShipmentDeleted deleted) {
        emit(Types.SHIPMENT_DELETED, deleted, deleted.orderId(), clock.instant(),
                new Change(deleted.carrier().name(), null, null, deleted.shipmentId(), deleted.trackingNumbers()));
    }

    private void emit(String type, Object source, UUID orderId, Instant occurredAt, Change change) {
        StoreOrders.Snapshot snapshot = orders.snapshot(orderId);
        events.publishEvent(new IntegrationEvent(IntegrationEvent.SCHEMA_VERSION, idOf(type, source), type,
                occurredAt, snapshot.storeId(), snapshot.order().number(), change, snapshot.order()));
        if (snapshot.storeId() != null) {
            // Last: the feed's lock is held until this transaction commits.
            feed.record(orderId, snapshot.storeId(), clock.instant());
        }
    }

    /** A withdrawn approval fails an AUTHORIZED payment; every other failure ends a review in progress. */
    private static String previousOf(PaymentReviewFailed failed) {
        return (failed.failure().equals("APPROVAL_WITHDRAWN") ? PaymentStatus.AUTHORIZED : PaymentStatus.UNDER_REVIEW)
                .name();
    }

    /** The same internal event always yields the same id (records print all their values). */
    private static UUID idOf(String type, Object source) {
        return UUID.nameUUIDFromBytes((type + "|" + source).getBytes(StandardCharsets.UTF_8));
    }
}
