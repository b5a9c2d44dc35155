package com.orderdesk.payment;

import java.util.UUID;

import com.orderdesk.payment.gateway.NextAction;
import org.jspecify.annotations.Nullable;

/**
 * One payment attempt's state without its operations log, references and operator actions: what a
 * read model rebuilt after every payment change needs (the integration module's store-order
 * snapshot). The fields mean what they mean in {@link PaymentDetails}; captured and refunded are the
 * same sums over the attempt's ledger.
 */
public record PaymentSummary(
        UUID id,
        int attempt,
        String paymentMethodCode,
        ProviderCode provider,
        PaymentStatus status,
        @Nullable String providerStatus,
        long amount,
        long capturedAmount,
        long refundedAmount,
        NextAction nextAction) {
}
