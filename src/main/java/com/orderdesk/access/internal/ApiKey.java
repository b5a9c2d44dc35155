package com.orderdesk.access.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.access.ApiKeySummary;
import com.orderdesk.access.ApiScope;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An integrator's key for the store API. The secret is shown once at creation; only its SHA-256
 * hash is kept, found again by the key's public prefix.
 */
@Entity
@Table(name = "api_keys")
@NamedInterface("api-keys")
public class ApiKey {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String prefix;

    /** The store (tenant) whose orders and customers this key reaches; see {@link com.orderdesk.shared.StoreCaller}. */
    @Column(name = "store_id", nullable = false, updatable = false)
    private UUID storeId;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    /** Space-separated scope values ({@code orders:read orders:write}), fixed at issue. */
    @Column(nullable = false, updatable = false)
    private String scopes;

    @Column(name = "expires_at", updatable = false)
    private @Nullable Instant expiresAt;

    protected ApiKey() {
    }

    ApiKey(String name, @Nullable UUID storeId, String prefix, String secretHash, String createdBy, Instant createdAt,
            Set<ApiScope> scopes, @Nullable Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.scopes = EnumSet.copyOf(scopes).stream().map(ApiScope::value).collect(Collectors.joining(" "));
        this.expiresAt = expiresAt;
        this.storeId = storeId == null ? id : storeId;
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID storeId() {
        return storeId;
    }

    public String prefix() {
        return prefix;
    }

    String secretHash() {
        return secretHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** In {@link ApiScope} order; a value no longer known (a scope withdrawn since) is left out. */
    public List<ApiScope> scopes() {
        return Arrays.stream(scopes.split(" ")).map(ApiScope::of).flatMap(java.util.Optional::stream).sorted().toList();
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    ApiKeySummary summary(Instant now) {
        return new ApiKeySummary(id, name, storeId, prefix, scopes(), expiresAt, createdBy, createdAt, revokedAt,
                active() && !expiredAt(now));
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
