package com.orderdesk.payment.gmo;

import java.util.HashMap;
import java.util.Map;

import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gmo.wire.JobCd;
import org.jspecify.annotations.Nullable;

/**
 * The GMO handles the adapter keeps on a payment ({@code GatewayResult.references}) and reads back
 * later: AccessID/AccessPass address the transaction (AccessPass is a transaction credential,
 * never card data; the core masks it in views), JobCd says whether it was entered as AUTH or
 * CAPTURE, TranID/Approve/Forward identify the last card-network answer.
 */
final class GmoReferences {

    static final String ACCESS_ID = "AccessID";
    static final String ACCESS_PASS = "AccessPass";
    static final String JOB_CD = "JobCd";

    private GmoReferences() {
    }

    /** The references present; absent or empty values are left out so they never overwrite kept ones. */
    static Map<String, String> of(@Nullable String accessId, @Nullable String accessPass, @Nullable JobCd jobCd,
            @Nullable String tranId, @Nullable String approve, @Nullable String forward) {
        Map<String, String> references = new HashMap<>();
        put(references, ACCESS_ID, accessId);
        put(references, ACCESS_PASS, accessPass);
        put(references, JOB_CD, jobCd == null ? null : jobCd.name());
        put(references, "TranID", tranId);
        put(references, "Approve", approve);
        put(references, "Forward", forward);
        return references;
    }

    /** Whether the payment reached GMO at all: without AccessID/AccessPass there is no transaction to act on. */
    static boolean addressable(GatewayPaymentState payment) {
        return payment.references().containsKey(ACCESS_ID) && payment.references().containsKey(ACCESS_PASS);
    }

    static GatewayResult notAddressable(OperationKind kind) {
        return GatewayResult.failed(kind, null, "the payment has no GMO-PG transaction (AccessID/AccessPass); "
                + "nothing was sent");
    }

    private static void put(Map<String, String> references, String key, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            references.put(key, value);
        }
    }
}
