package com.orderdesk.payment.gmo;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.orderdesk.payment.internal.ProviderTransportFailure;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.payment.gmo.wire.GmoErrorCategory;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;

/**
 * Turns what came back from GMO-PG into the port's outcomes:
 * <ul>
 *   <li>nothing sent (refused connection, connect timeout, open circuit) and rate limits
 *       ({@code E92}) → {@link ProviderUnavailable} (503, nothing happened);</li>
 *   <li>no usable answer after sending (read timeout, reset, 5xx, malformed body) and
 *       {@code E90010001}/{@code E91…} → {@link GatewayOutcome#UNKNOWN}, for reconciliation;</li>
 *   <li>card faults ({@code 42G}, {@code EX1}, {@code E41}, {@code E21}) → DECLINED;</li>
 *   <li>other GMO refusals ({@code E00}, {@code E01}, {@code E11}, {@code E61}, {@code E82},
 *       {@code 42C}) and HTTP 4xx → FAILED.</li>
 * </ul>
 */
final class GmoOutcomes {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private GmoOutcomes() {
    }

    /** Runs one operation, mapping transport failures; GMO error answers are mapped by the operation via {@link #ofErrors}. */
    static GatewayResult guard(OperationKind kind, Supplier<GatewayResult> operation) {
        try {
            return operation.get();
        }
        catch (ProviderTransportFailure.NotSent e) {
            throw unavailable(e.getMessage());
        }
        catch (ProviderTransportFailure.NoAnswer | MalformedGmoReply e) {
            return GatewayResult.unknown(kind, e.getMessage() + "; the result is unknown until GMO-PG is asked (SearchTrade)");
        }
        catch (ProviderTransportFailure.Rejected e) {
            return GatewayResult.failed(kind, null, e.getMessage());
        }
    }

    static GatewayResult ofErrors(OperationKind kind, GmoReply reply) {
        String codes = reply.errorCodes();
        String message = "GMO-PG: " + reply.errorMessage();
        return switch (GmoErrorCategory.of(reply.errors())) {
            case DECLINED -> GatewayResult.declined(kind, codes, message);
            case REFUSED -> GatewayResult.failed(kind, codes, message);
            case OUTCOME_UNKNOWN -> new GatewayResult(GatewayOutcome.UNKNOWN, kind, null, null, Map.of(),
                    NextAction.NONE, null, codes, message);
            case BUSY -> throw unavailable(reply.errorMessage());
        };
    }

    static ProviderUnavailable unavailable(String reason) {
        return new ProviderUnavailable(ProviderCode.GMO_PG, reason, RETRY_AFTER);
    }
}
