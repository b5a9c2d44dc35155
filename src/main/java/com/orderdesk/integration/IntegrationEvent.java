package com.orderdesk.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * What OrderDesk tells integrators, by RabbitMQ (routing key = {@code type}, exchange
 * {@value #EXCHANGE}) and by signed webhooks (the request body). A contract of its own, not an
 * internal event: fields are only ever added within a {@code schemaVersion}; a removal or change
 * of meaning raises it. Delivery is at least once; {@code id} is the same on every redelivery of
 * one event, so consumers deduplicate by it.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION} today
 * @param id stable per event (also the webhook's {@code webhook-id})
 * @param type one of {@link Types}
 * @param occurredAt when the change happened in OrderDesk
 * @param storeId the integrator's store that placed the order, null for an operator's order
 * @param change what changed, per type
 * @param order the order as it stood when the event was prepared (it may have moved on since)
 */
@Externalized(IntegrationEvent.EXCHANGE + "::#{#this.type()}")
public record IntegrationEvent(int schemaVersion, UUID id, String type, Instant occurredAt, @Nullable UUID storeId,
        String orderNumber, Change change, StoreOrder order) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EXCHANGE = "orderdesk.events";

    /** The event types, also the RabbitMQ routing keys and the webhook endpoints' subscriptions. */
    public static final class Types {
        public static final String ORDER_PLACED = "order.placed";
        public static final String ORDER_CHANGED = "order.changed";
        public static final String ORDER_CANCELLED = "order.cancelled";
        public static final String PAYMENT_STATUS_CHANGED = "payment.status-changed";
        public static final String PAYMENT_REVIEW_COMPLETED = "payment.review-completed";
        public static final String SHIPMENT_REGISTERED = "shipment.registered";
        public static final String SHIPMENT_CHANGED = "shipment.changed";
        public static final String SHIPMENT_DELETED = "shipment.deleted";

        public static final List<String> ALL = List.of(ORDER_PLACED, ORDER_CHANGED, ORDER_CANCELLED,
                PAYMENT_STATUS_CHANGED, PAYMENT_REVIEW_COMPLETED, SHIPMENT_REGISTERED, SHIPMENT_CHANGED,
                SHIPMENT_DELETED);

        private Types() {
        }
    }

    /**
     * What changed. {@code from}/{@code to}: order status (order.changed by a status move), unified
     * payment status (payment.status-changed, and payment.review-completed: the status the review
     * left the payment in). {@code providerStatus}: the payment provider's own word. {@code shipmentId}
     * for shipment events. {@code details}: readable lines (the edit's changes, tracking numbers).
     * {@code review}: only on payment.review-completed.
     */
    public record Change(@Nullable String from, @Nullable String to, @Nullable String providerStatus,
            @Nullable UUID shipmentId, List<String> details, @Nullable Review review) {

        public Change {
            details = details == null ? List.of() : List.copyOf(details);
        }

        public Change(@Nullable String from, @Nullable String to, @Nullable String providerStatus,
                @Nullable UUID shipmentId, List<String> details) {
            this(from, to, providerStatus, shipmentId, details, null);
        }

        public static Change none() {
            return new Change(null, null, null, null, List.of());
        }
    }

    /**
     * How a payment review (deferred payment's credit screening, the shopper's SMS step) ended.
     *
     * @param outcome {@code APPROVED} or {@code FAILED}
     * @param failure why it failed: {@code TIMED_OUT}, {@code TOO_MANY_ATTEMPTS}, {@code DECLINED},
     *        {@code APPROVAL_WITHDRAWN} (an approval taken back later); null when approved
     * @param reason a readable reason, null when approved
     * @param orderCancelled whether the provider's rule for this failure cancels the order (an
     *        order.cancelled event follows)
     */
    public record Review(String outcome, @Nullable String failure, @Nullable String reason, boolean orderCancelled) {

        public static final String APPROVED = "APPROVED";
        public static final String FAILED = "FAILED";
    }
}
