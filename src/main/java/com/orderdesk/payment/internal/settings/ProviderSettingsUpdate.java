package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An operator's replacement of a provider's settings. Options are replaced as a whole;
 * credentials are merged: a name mapped to null (or not sent) keeps the stored value, an empty
 * string removes it, anything else replaces it.
 */
@NamedInterface("provider-settings")
public record ProviderSettingsUpdate(
        boolean enabled,
        Environment environment,
        @Nullable String baseUrl,
        Map<String, String> options,
        Map<String, @Nullable String> credentials) {

    /**
     * The update from a form that names the environment as text ({@code SANDBOX}, {@code TEST},
     * {@code PRODUCTION}), so that callers outside payment need not know the port's enum.
     *
     * @throws InvalidInput naming {@code environment} for any other text
     */
    public static ProviderSettingsUpdate of(boolean enabled, @Nullable String environment, @Nullable String baseUrl,
            Map<String, String> options, Map<String, @Nullable String> credentials) {
        Environment parsed;
        try {
            parsed = Environment.valueOf(environment == null ? "" : environment.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("environment", "must be SANDBOX, TEST or PRODUCTION");
        }
        return new ProviderSettingsUpdate(enabled, parsed, baseUrl, options, credentials);
    }
}
