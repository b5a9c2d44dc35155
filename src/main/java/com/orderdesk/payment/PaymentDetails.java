package com.orderdesk.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * One payment attempt as operators and integrators see it: amounts derived from its ledger,
 * provider status and the references safe to show, the shopper's next action, its operations log
 * and every operator action with whether it is allowed now and, if not, why. {@code providerStatus}
 * is what the provider last said verbatim (GMO {@code SALES}); {@code statusWord} the word of the
 * provider's operator manual for the state (実売上, 未入金, 入金確定 …), shown beside {@code status}.
 */
public record PaymentDetails(
        UUID id,
        String orderNumber,
        int attempt,
        ProviderCode provider,
        String paymentMethodCode,
        String providerOrderId,
        PaymentStatus status,
        @Nullable String providerStatus,
        @Nullable String statusWord,
        long amount,
        long authorizedAmount,
        long capturedAmount,
        long refundedAmount,
        long refundableAmount,
        @Nullable Instant authorizedAt,
        @Nullable Instant authorizedUntil,
        @Nullable Instant capturedAt,
        Map<String, String> references,
        NextAction nextAction,
        boolean needsAttention,
        @Nullable String attentionReason,
        List<Operation> operations,
        List<ActionAvailability> actions,
        Instant createdAt,
        long version) {

    /** The last Japan date the authorization can be captured on, beside the UTC {@code authorizedUntil}. */
    @JsonProperty("captureBy")
    public @Nullable LocalDate captureBy() {
        return authorizedUntil == null ? null : ShopTime.lastDayBefore(authorizedUntil);
    }

    /**
     * One entry of the operations log; {@code outcome} null while the call is in flight.
     * {@code correlationId} is shared by the entries of one operator operation (a re-issue's cancel
     * and new registration, on two attempts), null for a lone call.
     */
    public record Operation(UUID id, OperationKind kind, @Nullable OperationKind performedKind, long amount,
            @Nullable GatewayOutcome outcome, @Nullable String providerCode, @Nullable String providerMessage,
            String actor, Instant startedAt, @Nullable Instant completedAt, @Nullable String resolution,
            @Nullable UUID correlationId) {
    }

    /** Whether an operator action is possible now; {@code reason} says why not. */
    public record ActionAvailability(String action, boolean allowed, @Nullable String reason) {
    }
}
