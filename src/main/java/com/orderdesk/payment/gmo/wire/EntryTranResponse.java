package com.orderdesk.payment.gmo.wire;

/** EntryTran's answer: the transaction's handles (32 hex each); AccessPass is a secret. */
public record EntryTranResponse(String accessId, String accessPass) {

    public static EntryTranResponse from(GmoReply reply) {
        return new EntryTranResponse(reply.required("AccessID"), reply.required("AccessPass"));
    }
}
