package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where each provider's built-in simulator answers ({@code <base>/api/sandbox/<slug>}) and the
 * dummy credentials it accepts. The base is resolved on every call because the embedded server's
 * port ({@code local.server.port}) is only known once it has started, and may be random in tests.
 */
@Component
class SandboxEndpoints {

    private static final Map<ProviderCode, Map<String, String>> CREDENTIALS = Map.of(
            ProviderCode.GMO_PG, Map.of("shopId", "tshop00000001", "shopPass", "sandboxpass",
                    "siteId", "tsite00000001", "sitePass", "sandboxpass"),
            ProviderCode.DSK, Map.of("tenantId", "sandbox-tenant", "password", "sandboxpass"),
            ProviderCode.PAYGENT_PAIDY, Map.of("merchantId", "sandbox-merchant", "connectId", "sandbox-connect",
                    "connectPassword", "sandboxpass"),
            ProviderCode.KURONEKO_ATOBARAI, Map.of("ycfStrCode", "00000000001", "password", "sandbox1"),
            ProviderCode.KURONEKO_KAKEBARAI, Map.of("traderCode", "000000001", "password", "sandbox1"));

    private final Environment environment;
    private final ProviderSettingsProperties properties;

    SandboxEndpoints(Environment environment, ProviderSettingsProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    String baseUrl(ProviderCode provider) {
        return base() + "/api/sandbox/" + provider.slug();
    }

    Map<String, String> credentials(ProviderCode provider) {
        return CREDENTIALS.getOrDefault(provider, Map.of());
    }

    private String base() {
        String configured = properties.sandboxBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port;
    }
}
