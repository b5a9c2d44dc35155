package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What each adapter declares about its settings: where its built-in simulator answers ({@code <base>/api/sandbox/<slug>}) and the
 * dummy credentials it accepts, which each adapter declares itself
 * ({@link PaymentGateway#sandboxCredentials()}; none for a provider without an adapter). The base
 * is resolved on every call because the embedded server's port ({@code local.server.port}) is only
 * known once it has started, and may be random in tests.
 */
@Component
class SandboxEndpoints {

    private final Environment environment;
    private final ProviderSettingsProperties properties;
    private final ObjectProvider<PaymentGateways> gateways;

    SandboxEndpoints(Environment environment, ProviderSettingsProperties properties,
            ObjectProvider<PaymentGateways> gateways) {
        this.environment = environment;
        this.properties = properties;
        this.gateways = gateways;
    }

    String baseUrl(ProviderCode provider) {
        return base() + "/api/sandbox/" + provider.slug();
    }

    Map<String, String> credentials(ProviderCode provider) {
        PaymentGateways adapters = gateways.getIfAvailable();
        return adapters == null ? Map.of()
                : adapters.feature(provider, PaymentGateway.class).map(PaymentGateway::sandboxCredentials).orElse(Map.of());
    }

    /** What the adapter says about its settings ({@link PaymentGateway#settingsHelp()}); none without an adapter. */
    Map<String, String> help(ProviderCode provider) {
        PaymentGateways adapters = gateways.getIfAvailable();
        return adapters == null ? Map.of()
                : adapters.feature(provider, PaymentGateway.class).map(PaymentGateway::settingsHelp).orElse(Map.of());
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
