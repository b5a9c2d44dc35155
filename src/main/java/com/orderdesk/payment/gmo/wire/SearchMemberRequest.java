package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/** SearchMember: whether the member exists ({@code E01390002} when not). */
public record SearchMemberRequest(SiteCredentials site, String memberId) implements GmoRequest {

    @Override
    public String api() {
        return "SearchMember";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                .build();
    }

    @Override
    public boolean safeToRepeat() {
        return true;
    }
}
