package com.orderdesk.payment.internal.settings;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** The row of one provider's settings as the shop saved them; credentials only as ciphertext. */
@Entity
@Table(name = "provider_settings")
class StoredProviderSettings {

    /** The {@link ProviderCode} name; a plain string because enum-typed ids buy nothing here. */
    @Id
    private String provider;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Environment environment;

    @Column(name = "base_url")
    private @Nullable String baseUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_setting_options", joinColumns = @JoinColumn(name = "provider"))
    @MapKeyColumn(name = "name")
    @Column(name = "value", nullable = false)
    private Map<String, String> options = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_credentials", joinColumns = @JoinColumn(name = "provider"))
    @MapKeyColumn(name = "name")
    private Map<String, EncryptedSecret> credentials = new HashMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** Null until first stored, so that Spring Data persists (not merges) a new row. */
    @Version
    private @Nullable Long version;

    protected StoredProviderSettings() {
    }

    /** How many times the settings were stored: 0 for a provider never configured, the ETag's number. */
    long revision() {
        return version == null ? 0 : version + 1;
    }

    StoredProviderSettings(ProviderCode provider) {
        this.provider = provider.name();
        this.enabled = true;
        this.environment = Environment.SANDBOX;
    }

    void replace(boolean enabled, Environment environment, @Nullable String baseUrl, Map<String, String> options,
            Instant at, String actor) {
        this.enabled = enabled;
        this.environment = environment;
        this.baseUrl = baseUrl;
        this.options.clear();
        this.options.putAll(options);
        this.updatedAt = at;
        this.updatedBy = actor;
    }

    void putCredential(String name, EncryptedSecret secret) {
        credentials.put(name, secret);
    }

    void removeCredential(String name) {
        credentials.remove(name);
    }

    ProviderCode provider() {
        return ProviderCode.stored(provider);
    }

    boolean enabled() {
        return enabled;
    }

    Environment environment() {
        return environment;
    }

    @Nullable String baseUrl() {
        return baseUrl;
    }

    Map<String, String> options() {
        return Map.copyOf(options);
    }

    Map<String, EncryptedSecret> credentials() {
        return Map.copyOf(credentials);
    }
}
