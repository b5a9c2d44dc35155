package com.orderdesk.payment.gmo.wire;

import org.jspecify.annotations.Nullable;

/**
 * ExecTran's (and SecureTran2's) answer. Either the authorization is done ({@code ACS=0} or no
 * ACS, with {@code TranID}), or the shopper must pass a 3-D Secure challenge first: classic
 * {@code ACS=2} + {@code RedirectUrl}, or {@code Tds2TransResult=C} + {@code Tds2ChallengeUrl}.
 */
public record ExecTranResponse(@Nullable String acs, @Nullable String tranId, @Nullable String approve,
        @Nullable String forward, @Nullable String tranDate, @Nullable String challengeUrl) {

    public static ExecTranResponse from(GmoReply reply) {
        String challengeUrl = null;
        if ("2".equals(reply.field("ACS"))) {
            challengeUrl = reply.required("RedirectUrl");
        }
        else if ("C".equals(reply.field("Tds2TransResult"))) {
            challengeUrl = reply.required("Tds2ChallengeUrl");
        }
        else {
            reply.required("TranID");
        }
        return new ExecTranResponse(reply.field("ACS"), reply.field("TranID"), reply.field("Approve"),
                reply.field("Forward"), reply.field("TranDate"), challengeUrl);
    }

    public boolean challengeRequired() {
        return challengeUrl != null;
    }
}
