package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/** DeleteCard: removes one of a member's stored cards. */
public record DeleteCardRequest(SiteCredentials site, String memberId, String cardSeq) implements GmoRequest {

    @Override
    public String api() {
        return "DeleteCard";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                .put("SeqMode", "0").put("CardSeq", cardSeq).build();
    }
}
