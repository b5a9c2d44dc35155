package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A provider's settings as operators see them: credentials only as masks, {@code configured} when
 * live credentials are stored. {@code baseUrl} is the URL adapters use now (the simulator in
 * SANDBOX), {@code storedBaseUrl} the override kept for TEST/PRODUCTION. {@code revision} counts the
 * saves (0: never configured) and is the ETag a replacement must name in If-Match. {@code connectsFrom}
 * is the address OrderDesk's calls to the provider come from (configured, null when not), and
 * {@code help} the adapter's explanation of its options and that address.
 */
@NamedInterface("provider-settings")
public record ProviderSettingsView(
        String provider,
        String name,
        boolean enabled,
        Environment environment,
        @Nullable String baseUrl,
        @Nullable String storedBaseUrl,
        Map<String, String> options,
        Map<String, String> credentials,
        boolean configured,
        long revision,
        @Nullable String connectsFrom,
        Map<String, String> help) {
}
