package com.orderdesk.payment.gmo.wire;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * SaveCard: stores the card behind a one-time token for a member (a new CardSeq). {@code defaultCard}
 * sends {@code DefaultFlag=1} (the fact sheet's SaveCard input, answered per card by SearchCard);
 * otherwise the flag is left out.
 */
public record SaveCardRequest(SiteCredentials site, String memberId, String token, @Nullable String holderName,
        boolean defaultCard) implements GmoRequest {

    @Override
    public String api() {
        return "SaveCard";
    }

    @Override
    public Map<String, String> form() {
        return new Fields().put("SiteID", site.siteId()).put("SitePass", site.sitePass()).put("MemberID", memberId)
                .put("DefaultFlag", defaultCard ? "1" : null).put("Token", token).put("HolderName", holderName).build();
    }
}
