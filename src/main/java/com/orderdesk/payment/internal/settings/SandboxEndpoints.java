package com.orderdesk.payment.internal.settings;

import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.kit.SandboxBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What each adapter declares about its settings: where its built-in simulator answers ({@code <base>/api/sandbox/<slug>}) and the
 * dummy credentials it accepts, which each adapter declares itself
 * ({@link PaymentGateway#sandboxCredentials()}; none for a provider without an adapter). The base
 * is {@link SandboxBase}'s, resolved on every call.
 */
@Component
class SandboxEndpoints {

    private final Environment environment;
    private final ObjectProvider<PaymentGateways> gateways;

    SandboxEndpoints(Environment environment, ObjectProvider<PaymentGateways> gateways) {
        this.environment = environment;
        this.gateways = gateways;
    }

    String baseUrl(ProviderCode provider) {
        return SandboxBase.simulator(environment, provider.slug());
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
}
