package com.orderdesk.payment.gateway;

import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * The provider's view of a payment.
 *
 * @param known whether the provider knows the payment at all (false: it never arrived there)
 * @param status the unified status it maps to, null when the provider's word cannot be mapped
 * @param providerStatus the provider's status word, verbatim
 * @param amount the amount the provider holds, if it says
 * @param paidAmount money actually received (convenience-store payments), if it says
 * @param references handles the provider returned
 * @param lastOperationKind the kind of the last operation the provider reports (e.g. RETURN), if any
 */
public record GatewayStatusResult(
        boolean known,
        @Nullable PaymentStatus status,
        @Nullable String providerStatus,
        @Nullable Long amount,
        @Nullable Long paidAmount,
        Map<String, String> references,
        @Nullable OperationKind lastOperationKind) {

    public GatewayStatusResult {
        references = Map.copyOf(references);
    }

    public static GatewayStatusResult unknownPayment() {
        return new GatewayStatusResult(false, null, null, null, null, Map.of(), null);
    }
}
