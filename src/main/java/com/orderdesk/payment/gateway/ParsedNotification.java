package com.orderdesk.payment.gateway;

import org.jspecify.annotations.Nullable;

/**
 * A notification as the inbox stores it: where its payment is and what it says, read once at
 * ingest by the adapter's {@link NotificationReceiver}.
 *
 * @param locator how to find the payment; null only for an ignored notice about no payment
 * @param classification what it says
 */
public record ParsedNotification(@Nullable PaymentLocator locator, NotificationClassification classification) {

    public ParsedNotification {
        if (locator == null && !classification.ignored()) {
            throw new IllegalArgumentException("a notification to apply must name its payment");
        }
    }

    public String deduplicationKey() {
        return classification.deduplicationKey();
    }
}
