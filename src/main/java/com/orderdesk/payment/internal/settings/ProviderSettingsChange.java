package com.orderdesk.payment.internal.settings;

import java.time.Instant;

import com.orderdesk.payment.ProviderCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited settings change: who, when and which fields, never a secret or option value. Append-only. */
@Entity
@Table(name = "provider_settings_changes")
class ProviderSettingsChange {

    private static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private ProviderCode provider;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String description;

    protected ProviderSettingsChange() {
    }

    ProviderSettingsChange(ProviderCode provider, Instant changedAt, String actor, String description) {
        this.provider = provider;
        this.changedAt = changedAt;
        this.actor = actor;
        // The column's limit; validation keeps real changes far below it.
        this.description = description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION - 1) + "…";
    }

    Instant changedAt() {
        return changedAt;
    }

    String actor() {
        return actor;
    }

    String description() {
        return description;
    }
}
