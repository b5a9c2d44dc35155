package com.orderdesk.payment.gateway;

import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * The answer of one provider operation.
 *
 * @param outcome what is known
 * @param operationKind what the provider actually did (a cancel may have become a RETURN)
 * @param status the unified status the payment is in after this operation, when the outcome tells
 *        (null when unknown or unchanged)
 * @param providerStatus the provider's own status word, verbatim, if it gave one
 * @param references provider handles to keep on the payment and pass back later (merged into the
 *        existing ones); may hold transaction credentials such as GMO's AccessPass, never card data
 * @param nextAction what the shopper must do now
 * @param authorizedUntil end of the capture window, if the provider tells or the adapter knows it
 * @param errorCode the provider's error code(s), verbatim (e.g. GMO {@code E01|E01}/{@code E01040010|…})
 * @param errorMessage a readable explanation for operators (Japanese provider text may be included)
 * @param operatorMustCheck with an UNKNOWN outcome: the adapter knows that asking the provider later
 *        cannot settle it (no status API, and the answer contradicts OrderDesk's log), so the core
 *        flags the payment for an operator at once instead of reconciling
 */
public record GatewayResult(
        GatewayOutcome outcome,
        OperationKind operationKind,
        @Nullable PaymentStatus status,
        @Nullable String providerStatus,
        Map<String, String> references,
        NextAction nextAction,
        @Nullable Instant authorizedUntil,
        @Nullable String errorCode,
        @Nullable String errorMessage,
        boolean operatorMustCheck) {

    public GatewayResult {
        references = Map.copyOf(references);
    }

    /** A result the core settles as usual (reconciling an UNKNOWN outcome). */
    public GatewayResult(GatewayOutcome outcome, OperationKind operationKind, @Nullable PaymentStatus status,
            @Nullable String providerStatus, Map<String, String> references, NextAction nextAction,
            @Nullable Instant authorizedUntil, @Nullable String errorCode, @Nullable String errorMessage) {
        this(outcome, operationKind, status, providerStatus, references, nextAction, authorizedUntil, errorCode,
                errorMessage, false);
    }

    /** An UNKNOWN outcome only an operator can settle (see {@code operatorMustCheck}). */
    public static GatewayResult unknownForOperator(OperationKind kind, @Nullable String errorCode, String errorMessage) {
        return new GatewayResult(GatewayOutcome.UNKNOWN, kind, null, null, Map.of(), NextAction.NONE, null, errorCode,
                errorMessage, true);
    }

    public static GatewayResult succeeded(OperationKind kind, PaymentStatus status, @Nullable String providerStatus,
            Map<String, String> references) {
        return new GatewayResult(GatewayOutcome.SUCCEEDED, kind, status, providerStatus, references, NextAction.NONE,
                null, null, null);
    }

    public static GatewayResult declined(OperationKind kind, String errorCode, String errorMessage) {
        return new GatewayResult(GatewayOutcome.DECLINED, kind, null, null, Map.of(), NextAction.NONE, null,
                errorCode, errorMessage);
    }

    public static GatewayResult failed(OperationKind kind, @Nullable String errorCode, String errorMessage) {
        return new GatewayResult(GatewayOutcome.FAILED, kind, null, null, Map.of(), NextAction.NONE, null,
                errorCode, errorMessage);
    }

    public static GatewayResult unknown(OperationKind kind, String errorMessage) {
        return new GatewayResult(GatewayOutcome.UNKNOWN, kind, null, null, Map.of(), NextAction.NONE, null,
                null, errorMessage);
    }

    public GatewayResult withNextAction(NextAction action) {
        return new GatewayResult(outcome, operationKind, status, providerStatus, references, action, authorizedUntil,
                errorCode, errorMessage, operatorMustCheck);
    }

    public GatewayResult withAuthorizedUntil(@Nullable Instant until) {
        return new GatewayResult(outcome, operationKind, status, providerStatus, references, nextAction, until,
                errorCode, errorMessage, operatorMustCheck);
    }
}
