package com.orderdesk.payment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A provider notification in the webhook inbox as operators see it (never its raw body: it may
 * carry shop credentials).
 *
 * @param status RECEIVED, PROCESSING (claimed by a worker, which may be asking the provider), PROCESSED,
 *        IGNORED (stale or nothing to apply), FAILED or REJECTED
 * @param outcome what processing did or why it ignored the notification
 * @param sourceAddress the address that posted it
 * @param bodySize a REJECTED request's body size in bytes (all that is kept of it besides its hash)
 * @param bodySha256 a REJECTED request's body SHA-256 (hex), null when it was refused unread (too large)
 */
public record NotificationEntry(UUID id, ProviderCode provider, @Nullable String deduplicationKey,
        @Nullable String providerOrderId, @Nullable String reportedStatus, @Nullable String providerStatus,
        @Nullable Long amount, @Nullable Instant occurredAt, String status, int attempts,
        @Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable String outcome,
        Instant receivedAt, @Nullable Instant processedAt, String sourceAddress, @Nullable Long bodySize,
        @Nullable String bodySha256) {
}
