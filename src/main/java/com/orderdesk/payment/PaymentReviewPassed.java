package com.orderdesk.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment's review ended with an approval: the provider (or the shopper's review step) moved it
 * from UNDER_REVIEW to an approved status. The counterpart of {@link PaymentReviewFailed}; together
 * they are every review outcome. Flat values only.
 *
 * @param paymentStatus the unified status the approval moved the payment to ({@link PaymentStatus} name)
 */
public record PaymentReviewPassed(UUID paymentId, UUID orderId, String orderNumber, ProviderCode provider,
        String paymentStatus, Instant occurredAt) {
}
