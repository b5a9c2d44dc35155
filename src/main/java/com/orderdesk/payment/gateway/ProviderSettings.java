package com.orderdesk.payment.gateway;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The shop's settings for one provider, with credentials already decrypted. {@code baseUrl} points
 * at the provider, or at the built-in simulator in SANDBOX. {@link #toString()} never shows the
 * credentials.
 */
public record ProviderSettings(
        boolean enabled,
        Environment environment,
        String baseUrl,
        Map<String, String> credentials,
        Map<String, String> options) {

    /**
     * The option every provider takes: how many captures a bulk capture job sends to it at once (what
     * the shop's contract with the provider allows); unset, the adapter's capability
     * ({@link GatewayCapabilities.BulkCaptureLimits#concurrency()}) decides.
     */
    public static final String BULK_CAPTURE_CONCURRENCY = "bulkCaptureConcurrency";

    public enum Environment {
        SANDBOX,
        TEST,
        PRODUCTION
    }

    public ProviderSettings {
        credentials = Map.copyOf(credentials);
        options = Map.copyOf(options);
    }

    public String credential(String name) {
        String value = credentials.get(name);
        if (value == null || value.isBlank()) {
            throw new ProviderNotConfigured("credential '" + name + "' is not set");
        }
        return value;
    }

    public @Nullable String option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(options.getOrDefault(name, "false"));
    }

    @Override
    public String toString() {
        return "ProviderSettings[enabled=" + enabled + ", environment=" + environment + ", baseUrl=" + baseUrl
                + ", credentials=" + credentials.keySet() + " (masked), options=" + options + "]";
    }
}
