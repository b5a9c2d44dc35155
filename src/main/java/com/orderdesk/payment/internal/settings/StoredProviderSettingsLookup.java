package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives adapters the settings they run with. SANDBOX (also for a provider never configured)
 * always means the built-in simulator with its dummy credentials, whatever live credentials are
 * stored, so switching back to SANDBOX never sends a real password to the simulator or a dummy one
 * to the provider. TEST and PRODUCTION use the stored base URL, else the configured default.
 */
@Component
class StoredProviderSettingsLookup implements ProviderSettingsLookup {

    private final StoredProviderSettingsRepository settings;
    private final CredentialVault vault;
    private final SandboxEndpoints sandbox;
    private final ProviderSettingsProperties properties;

    StoredProviderSettingsLookup(StoredProviderSettingsRepository settings, CredentialVault vault,
            SandboxEndpoints sandbox, ProviderSettingsProperties properties) {
        this.settings = settings;
        this.vault = vault;
        this.sandbox = sandbox;
        this.properties = properties;
    }

    /**
     * @throws ProviderNotConfigured in TEST/PRODUCTION when no base URL is known or a stored
     *         credential cannot be decrypted
     */
    @Override
    @Transactional(readOnly = true)
    public ProviderSettings settingsFor(ProviderCode provider) {
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
