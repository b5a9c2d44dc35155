package com.orderdesk.payment.dsk;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.orderdesk.payment.internal.ProviderTransportFailure;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.dsk.wire.DskReply;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderUnavailable;

/**
 * Turns what came back from DSK into the port's outcomes:
 * <ul>
 *   <li>nothing sent (refused connection, connect timeout, open circuit) →
 *       {@link ProviderUnavailable} (503, nothing happened);</li>
 *   <li>no usable reply after sending (read timeout, reset, 5xx, malformed body) and
 *       {@code -99} (DSK's "unexpected error" does not say whether it registered or cancelled) →
 *       {@link GatewayOutcome#UNKNOWN}, for reconciliation by the status query;</li>
 *   <li>{@code -1} (bad parameters; on cancel also "already paid") → DECLINED on cancel, FAILED
 *       otherwise; {@code -2} (the store's system failed; DSK did nothing) and HTTP 4xx → FAILED.</li>
 * </ul>
 */
final class DskOutcomes {

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private DskOutcomes() {
    }

    /** Runs one operation, mapping transport failures. */
    static GatewayResult guard(OperationKind kind, Supplier<GatewayResult> operation) {
        try {
            return operation.get();
        } catch (ProviderTransportFailure.NotSent e) {
            throw unavailable(e.getMessage());
        } catch (ProviderTransportFailure.NoAnswer e) {
            return GatewayResult.unknown(kind, e.getMessage() + "; the result is unknown until DSK is asked (status query)");
        } catch (ProviderTransportFailure.Rejected e) {
            return GatewayResult.failed(kind, null, e.getMessage());
        }
    }

    static GatewayResult ofError(OperationKind kind, DskReply reply) {
        String code = Integer.toString(reply.result());
        String message = "DSK: " + reply.describe();
        return switch (reply.result()) {
            case DskReply.UNEXPECTED_ERROR -> new GatewayResult(GatewayOutcome.UNKNOWN, kind, null, null, Map.of(),
                    NextAction.NONE, null, code, message + "; the result is unknown until DSK is asked (status query)");
            case DskReply.BAD_PARAMETERS -> kind == OperationKind.CANCEL
                    ? GatewayResult.declined(kind, code, message
                            + " (DSK refuses to cancel a paid order: refund outside OrderDesk and record it)")
                    : GatewayResult.failed(kind, code, message);
            default -> GatewayResult.failed(kind, code, message);
        };
    }

    static ProviderUnavailable unavailable(String reason) {
        return new ProviderUnavailable(ProviderCode.DSK, reason, RETRY_AFTER);
    }
}
