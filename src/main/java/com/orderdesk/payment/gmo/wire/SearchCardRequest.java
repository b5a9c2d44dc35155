package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/** SearchCard: all of a member's cards ({@code SeqMode=0}: logical numbering, no CardSeq = all). */
public record SearchCardRequest(SiteCredentials site, String memberId) implements GmoRequest {

    @Override
    public String api() {
        return "SearchCard";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                .put("SeqMode", "0").build();
    }

    @Override
    public boolean safeToRepeat() {
        return true;
    }
}
