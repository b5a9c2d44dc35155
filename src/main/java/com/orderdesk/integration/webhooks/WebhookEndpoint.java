package com.orderdesk.integration.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.internal.settings.EncryptedSecret;
import org.jspecify.annotations.Nullable;

/**
 * A registered target of signed webhooks: where, which event types, whose orders (one store's, or
 * all when {@code storeId} is null), the encrypted signing secret, and whether it is switched off
 * (by an ADMIN or after persistent failure, with the reason). {@code version} counts changes of
 * that state (the ETag); delivery counters do not move it.
 */
record WebhookEndpoint(UUID id, String url, @Nullable String description, List<String> eventTypes,
        @Nullable UUID storeId, EncryptedSecret secret, boolean enabled, @Nullable String disabledReason,
        @Nullable Instant disabledAt, int consecutiveFailures, String createdBy, Instant createdAt, long version) {

    boolean wants(String eventType, @Nullable UUID eventStore) {
        return enabled && eventTypes.contains(eventType) && (storeId == null || storeId.equals(eventStore));
    }

    /** The cipher context binds the secret to its endpoint: a ciphertext copied to another row fails. */
    static String secretContext(UUID endpointId) {
        return "webhook-endpoint:" + endpointId;
    }
}
