package com.orderdesk.payment.gmo;

import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.payment.gateway.kit.ProviderOutcomes;
import com.orderdesk.payment.gmo.wire.GmoErrorCategory;
import com.orderdesk.payment.gmo.wire.GmoReply;

/**
 * GMO-PG's error answers in the kit's outcome mapping: card faults ({@code 42G}, {@code EX1},
 * {@code E41}, {@code E21}) → declined; other refusals ({@code E00}, {@code E01}, {@code E11},
 * {@code E61}, {@code E82}, {@code 42C}) → failed; {@code E90010001}/{@code E91…} → unknown; rate
 * limits ({@code E92}) → not sent ({@link ProviderUnavailable}). Transport failures are the kit's.
 */
final class GmoOutcomes {

    static final ProviderOutcomes OUTCOMES = new ProviderOutcomes(GmoProvider.CODE, "SearchTrade");

    private GmoOutcomes() {
    }

    static GatewayResult ofErrors(OperationKind kind, GmoReply reply) {
        String codes = reply.errorCodes();
        String message = "GMO-PG: " + reply.errorMessage();
        return switch (GmoErrorCategory.of(reply.errors())) {
            case DECLINED -> OUTCOMES.declined(kind, codes, message);
            case REFUSED -> OUTCOMES.failed(kind, codes, message);
            case OUTCOME_UNKNOWN -> OUTCOMES.unknown(kind, codes, message);
            case BUSY -> throw OUTCOMES.unavailable(reply.errorMessage());
        };
    }
}
