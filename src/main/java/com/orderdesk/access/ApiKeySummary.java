package com.orderdesk.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An integrator API key as other modules (the console) see it: never its secret or hash.
 *
 * @param storeId the store (tenant) whose orders and customers the key reaches
 * @param scopes what the key may do on the store API, in {@link ApiScope} order
 * @param expiresAt after this instant the key is refused (401); null for a key that does not expire
 * @param usable neither revoked nor expired
 */
public record ApiKeySummary(UUID id, String name, UUID storeId, String prefix, List<ApiScope> scopes,
        @Nullable Instant expiresAt, String createdBy, Instant createdAt, @Nullable Instant revokedAt, boolean usable) {
}
