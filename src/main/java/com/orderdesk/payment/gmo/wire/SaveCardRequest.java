package com.orderdesk.payment.gmo.wire;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** SaveCard: stores the card behind a one-time token for a member (a new CardSeq). */
public record SaveCardRequest(SiteCredentials site, String memberId, String token, @Nullable String holderName)
        implements GmoRequest {

    @Override
    public String api() {
        return "SaveCard";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                .put("Token", token).put("HolderName", holderName).build();
    }
}
