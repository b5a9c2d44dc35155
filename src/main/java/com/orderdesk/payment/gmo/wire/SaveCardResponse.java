package com.orderdesk.payment.gmo.wire;

import org.jspecify.annotations.Nullable;

/** SaveCard's answer: the new card's sequence number and masked number. */
public record SaveCardResponse(String cardSeq, @Nullable String maskedCardNo) {

    public static SaveCardResponse from(GmoReply reply) {
        return new SaveCardResponse(reply.required("CardSeq"), reply.field("CardNo"));
    }
}
