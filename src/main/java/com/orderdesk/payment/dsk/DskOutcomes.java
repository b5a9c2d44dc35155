package com.orderdesk.payment.dsk;

import com.orderdesk.payment.dsk.wire.DskReply;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.kit.ProviderOutcomes;

/**
 * DSK's error replies in the kit's outcome mapping: {@code -99} (DSK's "unexpected error" does not
 * say whether it registered or cancelled) → unknown; {@code -1} (bad parameters; on cancel also
 * "already paid") → declined on cancel, failed otherwise; {@code -2} (the store's system failed;
 * DSK did nothing) → failed. Transport failures are the kit's.
 */
final class DskOutcomes {

    static final ProviderOutcomes OUTCOMES = new ProviderOutcomes(DskProvider.CODE, "status query");

    private DskOutcomes() {
    }

    static GatewayResult ofError(OperationKind kind, DskReply reply) {
        String code = Integer.toString(reply.result());
        String message = "DSK: " + reply.describe();
        return switch (reply.result()) {
            case DskReply.UNEXPECTED_ERROR -> OUTCOMES.unknown(kind, code, message);
            case DskReply.BAD_PARAMETERS -> kind == OperationKind.CANCEL
                    ? OUTCOMES.declined(kind, code, message
                            + " (DSK refuses to cancel a paid order: refund outside OrderDesk and record it)")
                    : OUTCOMES.failed(kind, code, message);
            default -> OUTCOMES.failed(kind, code, message);
        };
    }
}
