package com.orderdesk.payment.gateway;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdesk.payment.ProviderCode;
import org.springframework.stereotype.Component;

/**
 * The registry of adapters by {@link ProviderCode}, built from every {@link PaymentGateway} bean.
 * Keyed by the code each adapter declares (not by bean name, so a rename cannot break routing);
 * two adapters for one code fail start-up.
 */
@Component
public class PaymentGateways {

    private final Map<ProviderCode, PaymentGateway> byCode = new LinkedHashMap<>();

    PaymentGateways(List<PaymentGateway> gateways) {
        for (PaymentGateway gateway : gateways) {
            PaymentGateway previous = byCode.putIfAbsent(gateway.providerCode(), gateway);
            if (previous != null) {
                throw new IllegalStateException("Two payment gateways for " + gateway.providerCode() + ": "
                        + previous.getClass().getName() + " and " + gateway.getClass().getName());
            }
        }
    }

    /** @throws ProviderNotConfigured when no adapter exists for the code */
    public PaymentGateway get(ProviderCode code) {
        PaymentGateway gateway = byCode.get(code);
        if (gateway == null) {
            throw new ProviderNotConfigured("no adapter for " + code.displayName());
        }
        return gateway;
    }

    /** The adapter's optional extra flow (stored cards, 3-D Secure return, shipment report), if it has it. */
    public <T> Optional<T> feature(ProviderCode code, Class<T> feature) {
        PaymentGateway gateway = byCode.get(code);
        return feature.isInstance(gateway) ? Optional.of(feature.cast(gateway)) : Optional.empty();
    }

    public Collection<PaymentGateway> all() {
        return byCode.values();
    }
}
