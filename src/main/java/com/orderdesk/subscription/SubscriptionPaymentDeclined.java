package com.orderdesk.subscription;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The stored card was declined for a subscription order: the order exists with its payment FAILED
 * (「カード未決済」). The customer mail asks for another card or another payment method; the
 * operator switches the order's payment method or retries the card once the customer updated it.
 */
public record SubscriptionPaymentDeclined(UUID subscriptionId, String subscriptionNumber, int cycle, UUID orderId,
        String orderNumber, UUID customerId, String customerName, String customerEmail, long total,
        String paymentMethodCode, @Nullable String declineCode, @Nullable String declineMessage, Instant occurredAt) {
}
