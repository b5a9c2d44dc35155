package com.orderdesk.payment.gateway;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Extra flow of adapters whose payments can wait {@code UNDER_REVIEW}: for the shopper (an SMS code,
 * next action {@code SMS_CHECK}) or for the provider (credit screening, {@code AWAIT_REVIEW}). The
 * adapter declares how long a review may take and which failures cancel the order; the core fails a
 * review that outlasts its deadline and announces every failed review, so the order can be
 * cancelled and the shopper told. A provider that pushes no notifications is asked for news by the
 * core's poller ({@link GatewayCapabilities#pushNotifications()} false).
 */
public interface ReviewFlow {

    /** The rules of this provider's reviews. Never null. */
    ReviewPolicy reviewPolicy();

    /** Why a review ended without an approval. */
    enum Failure {
        /** Nobody answered before the deadline (the shopper's SMS code, the provider's screening). */
        TIMED_OUT,
        /** The shopper entered a wrong code too often. */
        TOO_MANY_ATTEMPTS,
        /** The provider turned the payment down. */
        DECLINED,
        /** The provider withdrew an approval it had given (AUTHORIZED → FAILED). */
        APPROVAL_WITHDRAWN,
        /** The shopper left the review step (the provider's 「戻る」 on its check screen). */
        ABANDONED
    }

    /**
     * @param shopperTimeout how long the shopper has for a review step, when the next action has no
     *        deadline of its own (atobarai SMS: 30 minutes); null for no limit
     * @param providerTimeout how long the provider's own screening may take before the core gives
     *        up; null for no limit
     * @param maxAttempts wrong inputs allowed before the review fails
     * @param cancelsOrder the failures after which the order is cancelled (the provider's rule:
     *        atobarai cancels on an SMS timeout, not on a plain decline)
     */
    record ReviewPolicy(@Nullable Duration shopperTimeout, @Nullable Duration providerTimeout, int maxAttempts,
            Set<Failure> cancelsOrder) {

        public ReviewPolicy {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("a review allows at least one attempt");
            }
            cancelsOrder = cancelsOrder.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cancelsOrder));
        }
    }
}
