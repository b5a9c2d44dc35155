package com.orderdesk.payment.internal.settings;

import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderdesk.payment.*} settings of the settings store: keys kept only to read old credentials
 * during a key rotation, and each provider's default base URLs. Where the simulators live is
 * {@code orderdesk.sandbox.base-url} ({@link com.orderdesk.payment.gateway.kit.SandboxBase}).
 *
 * @param retiredSecretKeys former values of {@code orderdesk.secret-key} (base64), decrypt only
 * @param providers default base URLs by provider slug ({@code gmo-pg: {test-base-url: …}})
 * @param connectsFrom the public address OrderDesk's calls to providers leave from, as the shop's
 *        network knows it (OrderDesk cannot see its own NAT address); shown on every provider's
 *        settings because some providers admit only addresses written into their connection form
 *        (DSK's 接続元 IP アドレス)
 */
@ConfigurationProperties("orderdesk.payment")
record ProviderSettingsProperties(
        @Nullable List<String> retiredSecretKeys,
        @Nullable Map<String, Endpoints> providers,
        @Nullable String connectsFrom) {

    /** A provider's default hosts outside the sandbox; a stored base URL overrides them. */
    record Endpoints(@Nullable String testBaseUrl, @Nullable String productionBaseUrl) {
    }

    List<String> retiredKeys() {
        return retiredSecretKeys == null ? List.of() : retiredSecretKeys;
    }

    @Nullable String defaultBaseUrl(ProviderCode provider, Environment environment) {
        Endpoints endpoints = providers == null ? null : providers.get(provider.slug());
        if (endpoints == null) {
            return null;
        }
        String url = switch (environment) {
            case TEST -> endpoints.testBaseUrl();
            case PRODUCTION -> endpoints.productionBaseUrl();
            case SANDBOX -> null;
        };
        return url == null || url.isBlank() ? null : url;
    }
}
