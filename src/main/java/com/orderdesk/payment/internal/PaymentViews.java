package com.orderdesk.payment.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.orderdesk.payment.PaymentAction;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.stereotype.Component;

/**
 * Builds {@link PaymentDetails}: derived amounts, references with credentials masked, the
 * operations log and the operator actions with their reasons.
 */
@Component
class PaymentViews {


    private final PaymentOperationRepository operations;
    private final PaymentGateways gateways;
    private final Clock clock;

    PaymentViews(PaymentOperationRepository operations, PaymentGateways gateways, Clock clock) {
        this.operations = operations;
        this.gateways = gateways;
        this.clock = clock;
    }

    PaymentDetails of(Payment payment) {
        List<PaymentDetails.Operation> log = operations.findByPaymentIdOrderByStartedAt(payment.id()).stream()
                .map(operation -> new PaymentDetails.Operation(operation.id(), operation.kind(),
                        operation.performedKind(), operation.amount(), operation.outcome(), operation.errorCode(),
                        operation.errorMessage() == null ? null : OperationTexts.mask(operation.errorMessage()),
                        operation.actor(), operation.startedAt(), operation.completedAt(), operation.resolution(),
                        operation.correlationId()))
                .toList();
        boolean inFlight = operations.existsUnresolved(payment.id());
        return new PaymentDetails(payment.id(), payment.orderNumber(), payment.attempt(), payment.provider(),
                payment.paymentMethodCode(), payment.providerOrderId(), payment.status(), payment.providerStatus(),
                gateways.get(payment.provider()).displayWord(payment.status(), payment.providerStatus()),
                payment.amount(), payment.authorizedAmount(), payment.capturedAmount(), payment.refundedAmount(),
                payment.refundableAmount(), payment.authorizedAt(), payment.authExpiresAt(), payment.capturedAt(),
                safe(payment.references()), payment.nextAction(), payment.needsAttention(), payment.attentionReason(),
                log, actions(payment, inFlight), payment.createdAt(), payment.version());
    }

    private List<PaymentDetails.ActionAvailability> actions(Payment payment, boolean inFlight) {
        GatewayCapabilities capabilities = gateways.get(payment.provider()).capabilities();
        return Arrays.stream(PaymentAction.values()).map(action -> {
            String reason = inFlight ? PaymentActions.IN_FLIGHT
                    : PaymentRules.refusal(action, payment, capabilities, clock.instant(), null).orElse(null);
            return new PaymentDetails.ActionAvailability(action.slug(), reason == null, reason);
        }).toList();
    }

    /** Provider handles may include transaction credentials (GMO AccessPass); operators see them masked. */
    static Map<String, String> safe(Map<String, String> references) {
        Map<String, String> shown = new TreeMap<>();
        references.forEach((name, value) -> shown.put(name, CredentialReferences.isCredential(name) ? "****" : value));
        return shown;
    }
}
