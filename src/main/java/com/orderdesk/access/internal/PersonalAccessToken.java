package com.orderdesk.access.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An operator's token for scripts ({@code odp_<prefix>_<secret>}): it acts as its operator, with
 * the operator's current role, within its scopes, until it expires or is revoked. Only the SHA-256
 * of the token is kept.
 */
@Entity
@Table(name = "personal_access_tokens")
public class PersonalAccessToken {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, unique = true, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    /** Space-separated scope values. */
    @Column(nullable = false, updatable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected PersonalAccessToken() {
    }

    PersonalAccessToken(String username, String name, SecretTokens.Minted minted, Set<TokenScope> scopes,
            Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.name = name;
        this.prefix = minted.prefix();
        this.secretHash = minted.hash();
        this.scopes = EnumSet.copyOf(scopes).stream().map(TokenScope::value).collect(Collectors.joining(" "));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    String secretHash() {
        return secretHash;
    }

    public List<TokenScope> scopes() {
        return Arrays.stream(scopes.split(" ")).map(TokenScope::of).flatMap(Optional::stream).sorted().toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** As the audit log shows it: never the secret or its hash. */
    String audited() {
        return "name=" + name + ", prefix=" + prefix + ", scopes=" + scopes() + ", expiresAt=" + expiresAt
                + ", secret=" + AuditLog.MASKED;
    }
}
