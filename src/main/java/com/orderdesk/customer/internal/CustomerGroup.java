package com.orderdesk.customer.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A user group (ユーザーグループ) such as "kakebarai buyer"; its code is what other modules see. */
@Entity
@Table(name = "customer_groups")
@NamedInterface("customers")
public class CustomerGroup {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;
    private @Nullable String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CustomerGroup() {
    }

    public CustomerGroup(String code, String name, @Nullable String description, Instant at) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.description = description;
        this.createdAt = at;
    }

    public void rename(String name, @Nullable String description) {
        this.name = name;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }
}
