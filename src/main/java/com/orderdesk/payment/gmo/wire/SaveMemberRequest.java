package com.orderdesk.payment.gmo.wire;

import java.util.Map;

/** SaveMember: creates the card-on-file member (OrderDesk's customer id as MemberID). */
public record SaveMemberRequest(SiteCredentials site, String memberId, String memberName) implements GmoRequest {

    @Override
    public String api() {
        return "SaveMember";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                .put("MemberName", memberName).build();
    }
}
