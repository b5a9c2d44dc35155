package com.orderdesk.payment.internal;

import java.util.Optional;

import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks a payment's provider for its state on behalf of a background job (status polling, the
 * automatic-capture watch), outside any transaction. A payment with an unresolved call is left to
 * reconciliation, which asks about it itself; a provider that cannot be asked now is logged and
 * asked again on the job's next round.
 */
@Component
class ProviderStatusAsker {

    private static final Logger log = LoggerFactory.getLogger(ProviderStatusAsker.class);

    private final PaymentOperationRepository operations;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;

    ProviderStatusAsker(PaymentOperationRepository operations, PaymentGateways gateways,
            ProviderSettingsLookup settings) {
        this.operations = operations;
        this.gateways = gateways;
        this.settings = settings;
    }

    /**
     * @param purpose what the job asks for, for the log line
     * @return the provider's answer, or empty when reconciliation owns the payment or the provider
     *         could not be asked
     */
    Optional<GatewayStatusResult> ask(Payment payment, String purpose) {
        if (operations.existsUnresolved(payment.id())) {
            return Optional.empty();
        }
        try {
            return Optional.of(gateways.get(payment.provider())
                    .status(new GatewayStatusRequest(payment.toState(), settings.settingsFor(payment.provider()))));
        } catch (RuntimeException unreachable) {
            log.info("Asking {} about payment {} ({}) failed: {}", payment.provider(), payment.id(), purpose,
                    unreachable.getMessage());
            return Optional.empty();
        }
    }
}
