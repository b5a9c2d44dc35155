package com.orderdesk.payment.gateway;

import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * What an authenticated notification says, in OrderDesk's terms.
 *
 * @param deduplicationKey the provider's identity of this notification (duplicates share it)
 * @param status the unified status it reports, null when it reports none
 * @param providerStatus the provider's status word, verbatim
 * @param amount the amount it reports (paid amount for convenience stores), if any
 * @param occurredAt when it happened at the provider, if it says (orders notifications per payment)
 * @param trusted the provider signs it, so it may be applied without first asking the provider
 * @param references provider handles carried by the notification (merged into the payment's)
 * @param matchReferences references the located payment must already hold with exactly these values
 *        (DSK's {@code dskid}): a notice that disagrees is not about that payment and is never applied.
 *        For a provider without a status API this match is what confirms an unsigned notice
 * @param ignoredBecause set when the notice needs no action (a connectivity test): it is stored as
 *        IGNORED with this reason and acknowledged, never applied
 */
public record NotificationClassification(
        String deduplicationKey,
        @Nullable PaymentStatus status,
        @Nullable String providerStatus,
        @Nullable Long amount,
        @Nullable Instant occurredAt,
        boolean trusted,
        Map<String, String> references,
        Map<String, String> matchReferences,
        @Nullable String ignoredBecause) {

    public NotificationClassification {
        references = Map.copyOf(references);
        matchReferences = Map.copyOf(matchReferences);
    }

    /** A notice that reports something to apply. */
    public static NotificationClassification reports(String deduplicationKey, @Nullable PaymentStatus status,
            @Nullable String providerStatus, @Nullable Long amount, @Nullable Instant occurredAt, boolean trusted,
            Map<String, String> references) {
        return new NotificationClassification(deduplicationKey, status, providerStatus, amount, occurredAt, trusted,
                references, Map.of(), null);
    }

    /** This notice, applied only to a payment holding these references with these values. */
    public NotificationClassification matching(Map<String, String> required) {
        return new NotificationClassification(deduplicationKey, status, providerStatus, amount, occurredAt, trusted,
                references, required, ignoredBecause);
    }

    /** A notice that needs no action; stored for the operator's listing, acknowledged, never applied. */
    public static NotificationClassification ignore(String deduplicationKey, String reason) {
        return new NotificationClassification(deduplicationKey, null, null, null, null, false, Map.of(), Map.of(),
                reason);
    }

    public boolean ignored() {
        return ignoredBecause != null;
    }
}
