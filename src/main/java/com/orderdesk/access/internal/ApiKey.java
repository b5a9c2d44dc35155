package com.orderdesk.access.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An integrator's key for the store API. The secret is shown once at creation; only its SHA-256
 * hash is kept, found again by the key's public prefix.
 */
@Entity
@Table(name = "api_keys")
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

    protected ApiKey() {
    }

    ApiKey(String name, @Nullable UUID storeId, String prefix, String secretHash, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
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

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
