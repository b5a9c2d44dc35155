package com.orderdesk.payment.kakebarai;

import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.kit.ProviderOutcomes;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiError;

/**
 * kakebarai's error replies in the kit's outcome mapping. A processing error that does not say what
 * happened ({@code 9900001}, {@code Z020001}, {@code G97}) is unknown; database and merchant errors
 * and refused fields mean nothing was done (failed); everything else is the provider saying no
 * (declined), with the code and its meaning for the operator. There is no order-status API to
 * reconcile with (fact sheet "Idempotency"), so an unknown outcome is resolved by an operator in
 * Yamato's admin, or by cancelling (AN020).
 */
final class KakebaraiOutcomes {

    static final ProviderOutcomes OUTCOMES = new ProviderOutcomes(KakebaraiProvider.CODE,
            "Yamato's merchant admin: kakebarai has no order-status API");

    private KakebaraiOutcomes() {
    }

    static GatewayResult ofError(OperationKind kind, KakebaraiApi api, KakebaraiError error) {
        String message = "クロネコ掛け払い " + api + " " + api.label() + ": " + error.describe();
        return switch (error.kind()) {
            case SYSTEM_UNCLEAR -> OUTCOMES.unknown(kind, error.code(), message);
            case SYSTEM_NOTHING_DONE, MERCHANT -> OUTCOMES.failed(kind, error.code(), message);
            case FIELD_CHECK -> api == KakebaraiApi.AN010 ? OUTCOMES.failed(kind, error.code(), message)
                    : OUTCOMES.declined(kind, error.code(), message);
            default -> OUTCOMES.declined(kind, error.code(), message);
        };
    }
}
