package com.orderdesk.payment.gmo.wire;

/** The shop-level login every transaction API sends. {@link #toString()} hides the password. */
public record ShopCredentials(String shopId, String shopPass) {

    @Override
    public String toString() {
        return "ShopCredentials[shopId=" + shopId + ", shopPass=****]";
    }
}
