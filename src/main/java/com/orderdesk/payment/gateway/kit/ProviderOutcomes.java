package com.orderdesk.payment.gateway.kit;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import org.jspecify.annotations.Nullable;

/**
 * What a provider call's fate means for the money, the same for every adapter:
 * <ul>
 *   <li><b>not sent</b> (refused connection, connect timeout, open circuit, rate limit) →
 *       {@link ProviderUnavailable}: 503, nothing happened, try later;</li>
 *   <li><b>unknown</b> (sent, but no usable answer: read timeout, reset, 5xx, malformed body) →
 *       {@link GatewayOutcome#UNKNOWN}, left open for reconciliation by the status query;</li>
 *   <li><b>failed</b> (an HTTP 4xx that is not the provider's reply, or a refusal where the
 *       provider certainly did nothing) → {@link GatewayOutcome#FAILED};</li>
 *   <li><b>declined</b> (the provider or card issuer said no) → {@link GatewayOutcome#DECLINED}.</li>
 * </ul>
 * The provider's own error codes are mapped by the adapter into these four with the factories here.
 */
public final class ProviderOutcomes {

    /** How long a caller is told to wait when a provider cannot be reached. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final ProviderCode provider;
    private final String statusQuery;

    /**
     * @param provider whose calls these are
     * @param statusQuery the provider's word for asking it about a payment (GMO {@code SearchTrade}),
     *        named in unknown outcomes so operators know what reconciliation will do
     */
    public ProviderOutcomes(ProviderCode provider, String statusQuery) {
        this.provider = provider;
        this.statusQuery = statusQuery;
    }

    /** Runs one operation, mapping transport failures; the provider's own answers are the operation's business. */
    public GatewayResult guard(OperationKind kind, Supplier<GatewayResult> operation) {
        try {
            return operation.get();
        } catch (ProviderTransportFailure.NotSent e) {
            throw unavailable(e.getMessage());
        } catch (ProviderTransportFailure.NoAnswer | MalformedReply e) {
            return unknown(kind, null, e.getMessage());
        } catch (ProviderTransportFailure.Rejected e) {
            return GatewayResult.failed(kind, null, e.getMessage());
        }
    }

    /** The provider said no. */
    public GatewayResult declined(OperationKind kind, String errorCode, String message) {
        return GatewayResult.declined(kind, errorCode, message);
    }

    /** Certainly nothing happened at the provider. */
    public GatewayResult failed(OperationKind kind, @Nullable String errorCode, String message) {
        return GatewayResult.failed(kind, errorCode, message);
    }

    /** Maybe it happened: the reconciliation job asks the provider. */
    public GatewayResult unknown(OperationKind kind, @Nullable String errorCode, String message) {
        return new GatewayResult(GatewayOutcome.UNKNOWN, kind, null, null, Map.of(), NextAction.NONE, null, errorCode,
                message + "; the result is unknown until " + provider.displayName() + " is asked (" + statusQuery + ")");
    }

    /** Not sent: nothing happened, try later. */
    public ProviderUnavailable unavailable(String reason) {
        return new ProviderUnavailable(provider, reason, RETRY_AFTER);
    }
}
