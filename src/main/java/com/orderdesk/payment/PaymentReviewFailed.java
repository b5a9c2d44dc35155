package com.orderdesk.payment;

import java.time.Instant;
import java.util.UUID;

import com.orderdesk.order.OrderPaymentFailed;

/**
 * A payment's review ended without an approval: the shopper's step timed out or failed too often,
 * the provider declined or withdrew its approval. {@code cancelOrder} is the provider's rule for this
 * failure; order cancels the order when it is set. Flat values only.
 *
 * @param failure a {@code ReviewFlow.Failure} name
 */
public record PaymentReviewFailed(UUID paymentId, UUID orderId, String orderNumber, ProviderCode provider,
        String failure, String reason, boolean cancelOrder, Instant occurredAt) implements OrderPaymentFailed {
}
