package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import org.jspecify.annotations.Nullable;

/**
 * An operator's replacement of a provider's settings. Options are replaced as a whole;
 * credentials are merged: a name mapped to null (or not sent) keeps the stored value, an empty
 * string removes it, anything else replaces it.
 */
public record ProviderSettingsUpdate(
        boolean enabled,
        Environment environment,
        @Nullable String baseUrl,
        Map<String, String> options,
        Map<String, @Nullable String> credentials) {
}
