package com.orderdesk.payment.gateway;

import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an authenticated notification says, in OrderDesk's terms.
 *
 * @param deduplicationKey the provider's identity of this notification (duplicates share it)
 * @param providerOrderId the shop order id the provider knows the payment by
 * @param status the unified status the notification reports, null when it reports none (test pings)
 * @param providerStatus the provider's status word, verbatim
 * @param amount the amount it reports (paid amount for convenience stores), if any
 * @param occurredAt when it happened at the provider, if it says (orders notifications per payment)
 * @param trusted the provider signs it, so it may be applied without first asking the provider
 * @param references provider handles carried by the notification
 */
public record ParsedNotification(
        String deduplicationKey,
        String providerOrderId,
        @Nullable PaymentStatus status,
        @Nullable String providerStatus,
        @Nullable Long amount,
        @Nullable Instant occurredAt,
        boolean trusted,
        Map<String, String> references) {

    public ParsedNotification {
        references = Map.copyOf(references);
    }
}
