package com.orderdesk.access.internal;

import java.time.Instant;
import java.util.UUID;

import com.orderdesk.access.OperatorRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in to the admin API; only the BCrypt hash of the password is kept. */
@Entity
@Table(name = "operator_accounts")
public class OperatorAccount {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OperatorRole role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OperatorAccount() {
    }

    OperatorAccount(String username, String passwordHash, OperatorRole role, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void changeRole(OperatorRole newRole) {
        this.role = newRole;
    }

    void enabled(boolean value) {
        this.enabled = value;
    }

    /** The account as the audit log shows it (never its password hash). */
    String audited() {
        return "role=" + role + ", enabled=" + enabled;
    }

    public OperatorRole role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
