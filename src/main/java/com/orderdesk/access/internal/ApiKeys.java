package com.orderdesk.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes integrator API keys. A key reads {@code odk_<prefix>_<secret>}: the
 * prefix finds the row, the SHA-256 of the whole key must match in constant time. The secret has
 * 256 random bits, so a fast hash is enough (no password stretching needed).
 */
@Service
public class ApiKeys {

    private static final String KEY_PREFIX = "odk_";
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** Issues a key for a new store of its own. @throws StateConflict when an active key already has this name */
    @Transactional
    public IssuedKey issue(String name, String createdBy) {
        return issue(name, createdBy, null);
    }

    /**
     * Issues a key; with {@code replacing}, the new key belongs to the same store as that key (key
     * rotation: the store keeps its orders, and the old key works until it is revoked).
     *
     * @throws StateConflict when an active key already has this name
     * @throws NotFound when {@code replacing} names no key
     */
    @Transactional
    public IssuedKey issue(String name, String createdBy, @Nullable UUID replacing) {
        UUID storeId = replacing == null ? null
                : keys.findById(replacing).orElseThrow(() -> new NotFound("API key", replacing.toString())).storeId();
        if (keys.existsByNameAndRevokedAtIsNull(name)) {
            throw new StateConflict("api-key-name-taken", "API key name taken",
                    "An active API key named '" + name + "' exists; revoke it or choose another name");
        }
        String prefix = HexFormat.of().formatHex(randomBytes(5));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        String plainKey = KEY_PREFIX + prefix + "_" + secret;
        ApiKey key = keys.save(new ApiKey(name, storeId, prefix, sha256(plainKey), createdBy, clock.instant()));
        audit.record("api-key", key.id().toString(), "issued", null, "name=" + name + ", prefix=" + prefix
                + ", store=" + key.storeId() + (replacing == null ? "" : ", replaces=" + replacing) + ", secret="
                + AuditLog.MASKED);
        return new IssuedKey(key, plainKey);
    }

    /** The active key the presented value belongs to, or empty when it is unknown, wrong or revoked. */
    @Transactional(readOnly = true)
    public Optional<ApiKey> authenticate(String presented) {
        if (!presented.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        int end = presented.indexOf('_', KEY_PREFIX.length());
        if (end < 0) {
            return Optional.empty();
        }
        String prefix = presented.substring(KEY_PREFIX.length(), end);
        byte[] presentedHash = sha256(presented).getBytes(StandardCharsets.US_ASCII);
        return keys.findByPrefix(prefix)
                .filter(ApiKey::active)
                .filter(key -> MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.US_ASCII), presentedHash));
    }

    @Transactional(readOnly = true)
    public List<ApiKey> all() {
        return keys.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public ApiKey get(UUID id) {
        return keys.findById(id).orElseThrow(() -> new NotFound("API key", id.toString()));
    }

    @Transactional
    public ApiKey revoke(UUID id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new NotFound("API key", id.toString()));
        boolean wasActive = key.active();
        key.revoke(clock.instant());
        audit.record("api-key", id.toString(), "revoked", "active=" + wasActive + ", name=" + key.name(),
                "active=false, name=" + key.name());
        return key;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
