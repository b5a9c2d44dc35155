package com.orderdesk.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subscription cycle's order was placed and its payment started (for the customer mail). Flat
 * values only, so stored publications still deserialize after refactors.
 *
 * @param paymentStatus the payment's unified status after the start (AUTHORIZED for an automatic
 *        仮売上 with the stored card, PENDING while the shopper must act, FAILED on a decline)
 * @param nextActionUrl where the shopper pays (a convenience-store payment's selection page), null when nothing to do
 */
public record SubscriptionOrderCreated(UUID subscriptionId, String subscriptionNumber, int cycle, UUID orderId,
        String orderNumber, UUID customerId, String customerEmail, long total, LocalDate deliveryDate,
        String paymentMethodCode, String paymentStatus, @Nullable String nextActionUrl, Instant occurredAt) {
}
