package com.orderdesk.payment.gmo.wire;

import org.jspecify.annotations.Nullable;

/** SearchTrade's answer. {@code CardNo} comes masked from GMO and is not kept anyway. */
public record SearchTradeResponse(String orderId, String status, @Nullable String jobCd, @Nullable String accessId,
        @Nullable String accessPass, @Nullable Long amount, @Nullable String tranId, @Nullable String approve,
        @Nullable String forward, @Nullable String processDate) {

    public static SearchTradeResponse from(GmoReply reply) {
        String amount = reply.field("Amount");
        Long parsedAmount;
        try {
            parsedAmount = amount == null ? null : Long.valueOf(amount);
        }
        catch (NumberFormatException e) {
            throw new MalformedGmoReply("Amount is not a number");
        }
        return new SearchTradeResponse(reply.required("OrderID"), reply.required("Status"), reply.field("JobCd"),
                reply.field("AccessID"), reply.field("AccessPass"), parsedAmount, reply.field("TranID"),
                reply.field("Approve"), reply.field("Forward"), reply.field("ProcessDate"));
    }
}
