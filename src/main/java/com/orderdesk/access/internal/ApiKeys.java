package com.orderdesk.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.access.ApiKeySummary;
import com.orderdesk.access.ApiScope;
import com.orderdesk.access.StoreApiKeys;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Issues, checks and revokes integrator API keys. A key reads {@code odk_<prefix>_<secret>}: the
 * prefix finds the row, the SHA-256 of the whole key must match in constant time. The secret has
 * 256 random bits, so a fast hash is enough (no password stretching needed). A key carries scopes
 * (what it may do on the store API, checked per route by {@link StoreScopeCheck}) and may expire.
 */
@Service
@NamedInterface("api-keys")
public class ApiKeys implements StoreApiKeys {

    private static final String KEY_PREFIX = "odk_";

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final AuditLog audit;

    ApiKeys(ApiKeyRepository keys, Clock clock, AuditLog audit) {
        this.keys = keys;
        this.clock = clock;
        this.audit = audit;
    }

    /** A freshly issued key: the only moment the plain key exists. */
    public record IssuedKey(ApiKey key, String plainKey) {
    }

    /** What a presented key turned out to be. */
    public sealed interface Presented {
        /** A usable key. */
        record Valid(ApiKey key) implements Presented {
        }

        /** A known, unrevoked key past its expiry. */
        record Expired(ApiKey key) implements Presented {
        }

        /** Unknown, wrong or revoked. */
        record Unknown() implements Presented {
        }
    }

    /** Issues a key with every scope, for a new store of its own. @throws StateConflict when an active key already has this name */
    @Transactional
    public IssuedKey issue(String name, String createdBy) {
        return issue(name, createdBy, null);
    }

    @Transactional
    public IssuedKey issue(String name, String createdBy, @Nullable UUID replacing) {
        return issue(name, createdBy, replacing, ApiScope.all(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKeySummary> all() {
        Instant now = clock.instant();
        return keys.findAllByOrderByCreatedAtDesc().stream().map(key -> key.summary(now)).toList();
    }

    @Override
    @Transactional
    public Issued issue(String name, Set<ApiScope> scopes, @Nullable Instant expiresAt, @Nullable UUID replaces) {
        IssuedKey issued = issue(name, CurrentActor.name(), replaces, scopes.isEmpty() ? ApiScope.all() : scopes,
                expiresAt);
        return new Issued(issued.key().summary(clock.instant()), issued.plainKey());
    }

    @Override
    @Transactional
    public ApiKeySummary revoke(UUID id) {
        return revokeKey(id).summary(clock.instant());
    }

    /**
     * Issues a key; with {@code replacing}, the new key belongs to the same store as that key (key
     * rotation: the store keeps its orders, and the old key works until it is revoked).
     *
     * @throws StateConflict when an active key already has this name
     * @throws NotFound when {@code replacing} names no key
     */
    @Transactional
    public IssuedKey issue(String name, String createdBy, @Nullable UUID replacing, Set<ApiScope> scopes,
            @Nullable Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new InvalidInput("expiresAt", "must lie in the future");
        }
        if (scopes.isEmpty()) {
            throw new InvalidInput("scopes", "must name at least one of " + ApiScope.allValues());
        }
        UUID storeId = replacing == null ? null
                : keys.findById(replacing).orElseThrow(() -> new NotFound("API key", replacing.toString())).storeId();
        if (keys.existsByNameAndRevokedAtIsNull(name)) {
            throw new StateConflict("api-key-name-taken", "API key name taken",
                    "An active API key named '" + name + "' exists; revoke it or choose another name");
        }
        SecretTokens.Minted minted = SecretTokens.mint(KEY_PREFIX);
        String prefix = minted.prefix();
        String plainKey = minted.plain();
        ApiKey key = keys.save(new ApiKey(name, storeId, prefix, minted.hash(), createdBy, clock.instant(),
                EnumSet.copyOf(scopes), expiresAt));
        audit.record("api-key", key.id().toString(), "issued", null, "name=" + name + ", prefix=" + prefix
                + ", store=" + key.storeId() + (replacing == null ? "" : ", replaces=" + replacing) + ", scopes="
                + key.scopes() + ", expiresAt=" + (expiresAt == null ? "never" : expiresAt) + ", secret="
                + AuditLog.MASKED);
        return new IssuedKey(key, plainKey);
    }

    /** What the presented value is: a usable key, an expired one (so the 401 can say so), or nothing. */
    @Transactional(readOnly = true)
    public Presented check(String presented) {
        Optional<String> prefix = SecretTokens.prefix(KEY_PREFIX, presented);
        if (prefix.isEmpty()) {
            return new Presented.Unknown();
        }
        Optional<ApiKey> key = keys.findByPrefix(prefix.get()).filter(ApiKey::active)
                .filter(found -> SecretTokens.matches(found.secretHash(), presented));
        if (key.isEmpty()) {
            return new Presented.Unknown();
        }
        return key.get().expiredAt(clock.instant()) ? new Presented.Expired(key.get()) : new Presented.Valid(key.get());
    }

    @Override
    @Transactional(readOnly = true)
    public ApiKeySummary get(UUID id) {
        return keys.findById(id).orElseThrow(() -> new NotFound("API key", id.toString())).summary(clock.instant());
    }

    private ApiKey revokeKey(UUID id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new NotFound("API key", id.toString()));
        boolean wasActive = key.active();
        key.revoke(clock.instant());
        audit.record("api-key", id.toString(), "revoked", "active=" + wasActive + ", name=" + key.name(),
                "active=false, name=" + key.name());
        return key;
    }
}
