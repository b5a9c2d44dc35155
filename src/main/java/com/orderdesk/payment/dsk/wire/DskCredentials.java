package com.orderdesk.payment.dsk.wire;

/**
 * The shop's DSK account (public field names {@code tenantid}, {@code password}). {@link #toString()}
 * never shows the password.
 */
public record DskCredentials(String tenantId, String password) {

    @Override
    public String toString() {
        return "DskCredentials[tenantId=" + tenantId + ", password=****]";
    }
}
