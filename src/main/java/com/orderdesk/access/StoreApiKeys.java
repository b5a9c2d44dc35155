package com.orderdesk.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The access module's API for administering integrator API keys (ADMIN only wherever it is
 * offered). Every change is written to the audit log; the plain key exists only in the answer to
 * {@link #issue}.
 */
public interface StoreApiKeys {

    /** A freshly issued key: {@code plainKey} is shown once and never stored. */
    record Issued(ApiKeySummary key, String plainKey) {
    }

    /** Newest first. Never null. */
    List<ApiKeySummary> all();

    /** @throws com.orderdesk.shared.NotFound when there is no such key */
    ApiKeySummary get(UUID id);

    /**
     * Issues a key.
     *
     * @param scopes what the key may do; empty for every scope
     * @param expiresAt when the key stops working, null for never; must lie in the future
     * @param replaces a key whose store the new key joins (rotation), null for a store of its own
     * @throws com.orderdesk.shared.InvalidInput naming {@code expiresAt} when it is not in the future
     * @throws com.orderdesk.shared.StateConflict when an active key already has this name
     * @throws com.orderdesk.shared.NotFound when {@code replaces} names no key
     */
    Issued issue(String name, Set<ApiScope> scopes, @Nullable Instant expiresAt, @Nullable UUID replaces);

    /** Revokes the key at once; idempotent. @throws com.orderdesk.shared.NotFound when there is no such key */
    ApiKeySummary revoke(UUID id);
}
