package com.orderdesk.payment.gmo.wire;

import org.jspecify.annotations.Nullable;

/** The common answer of AlterTran and ChangeTran: the transaction's new approval data. */
public record TranResponse(@Nullable String tranId, @Nullable String approve, @Nullable String forward,
        @Nullable String tranDate) {

    public static TranResponse from(GmoReply reply) {
        return new TranResponse(reply.required("TranID"), reply.field("Approve"), reply.field("Forward"),
                reply.field("TranDate"));
    }
}
