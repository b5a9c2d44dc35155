package com.orderdesk.payment.gmo.wire;

/** The site-level login of the member and card APIs. {@link #toString()} hides the password. */
public record SiteCredentials(String siteId, String sitePass) {

    @Override
    public String toString() {
        return "SiteCredentials[siteId=" + siteId + ", sitePass=****]";
    }
}
