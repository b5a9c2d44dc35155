package com.orderdesk.payment.internal.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives adapters the settings they run with. SANDBOX (also for a provider never configured)
 * always means the built-in simulator with its dummy credentials, whatever live credentials are
 * stored, so switching back to SANDBOX never sends a real password to the simulator or a dummy one
 * to the provider. TEST and PRODUCTION use the stored base URL, else the configured default.
 *
 * <p>Every webhook notice, inbox entry and provider call asks for its provider's settings, so the
 * answer is kept for {@code orderdesk.payments.provider-settings-cache-ttl} (default 5 s): a read
 * and a decryption per notice were a large share of webhook ingest. An operator's change through
 * {@link ProviderSettingsAdministration} empties this instance's entry when it commits; other
 * instances on the same database see it when their entry expires (at most the TTL later).
 * A refusal ({@link ProviderNotConfigured}) is never kept. TTL 0 turns the cache off.
 */
@Component
class StoredProviderSettingsLookup implements ProviderSettingsLookup {

    private final StoredProviderSettingsRepository settings;
    private final CredentialVault vault;
    private final SandboxEndpoints sandbox;
    private final ProviderSettingsProperties properties;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<ProviderCode, Cached> cache = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;

    private record Cached(ProviderSettings settings, Instant expires) {
    }

    StoredProviderSettingsLookup(StoredProviderSettingsRepository settings, CredentialVault vault,
            SandboxEndpoints sandbox, ProviderSettingsProperties properties, Clock clock,
            PlatformTransactionManager transactions,
            ProviderSettingsCacheProperties cacheProperties) {
        this.settings = settings;
        this.vault = vault;
        this.sandbox = sandbox;
        this.properties = properties;
        this.clock = clock;
        this.timeToLive = cacheProperties.providerSettingsCacheTtl();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * @throws ProviderNotConfigured in TEST/PRODUCTION when no base URL is known or a stored
     *         credential cannot be decrypted
     */
    @Override
    public ProviderSettings settingsFor(ProviderCode provider) {
        Instant now = clock.instant();
        Cached cached = cache.get(provider);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.settings();
        }
        ProviderSettings loaded = readOnly.execute(tx -> load(provider));
        if (timeToLive.isPositive()) {
            cache.put(provider, new Cached(loaded, now.plus(timeToLive)));
        }
        return loaded;
    }

    /** Forgets the provider's settings once the caller's transaction commits (at once without one). */
    void evictAfterCommit(ProviderCode provider) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(provider);
                }
            });
        }
        cache.remove(provider);
    }

    private ProviderSettings load(ProviderCode provider) {
        return settings.findById(provider.name())
                .map(this::toSettings)
                .orElseGet(() -> new ProviderSettings(true, Environment.SANDBOX, sandbox.baseUrl(provider),
                        sandbox.credentials(provider), Map.of()));
    }

    private ProviderSettings toSettings(StoredProviderSettings stored) {
        ProviderCode provider = stored.provider();
        if (stored.environment() == Environment.SANDBOX) {
            return new ProviderSettings(stored.enabled(), Environment.SANDBOX, sandbox.baseUrl(provider),
                    sandbox.credentials(provider), stored.options());
        }
        String baseUrl = stored.baseUrl() != null ? stored.baseUrl()
                : properties.defaultBaseUrl(provider, stored.environment());
        if (baseUrl == null) {
            throw new ProviderNotConfigured("no " + stored.environment() + " base URL for " + provider.displayName());
        }
        Map<String, String> credentials;
        try {
            credentials = vault.openAll(provider, stored.credentials());
        } catch (SecretUnreadable ex) {
            throw new ProviderNotConfigured(ex.getMessage());
        }
        return new ProviderSettings(stored.enabled(), stored.environment(), baseUrl, credentials, stored.options());
    }
}
