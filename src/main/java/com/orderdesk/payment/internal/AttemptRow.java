package com.orderdesk.payment.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.PaymentSummary;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.NextAction;
import org.jspecify.annotations.Nullable;

/** A payment attempt as {@link PaymentRepository#attemptRows(UUID)} selects it (a JPQL constructor expression). */
record AttemptRow(UUID id, int attempt, String paymentMethodCode, ProviderCode provider, PaymentStatus status,
        @Nullable String providerStatus, long amount, Long capturedAmount, Long refundedAmount,
        NextAction.Type nextActionType, @Nullable String nextActionUrl, Map<String, String> nextActionData,
        @Nullable Instant nextActionExpiresAt) {

    PaymentSummary summary() {
        return new PaymentSummary(id, attempt, paymentMethodCode, provider, status, providerStatus, amount,
                capturedAmount, refundedAmount,
                new NextAction(nextActionType, nextActionUrl, nextActionData, nextActionExpiresAt));
    }
}
