package com.orderdesk.payment.dsk.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shop's DSK account (public field names {@code tenantid}, {@code password}). {@link #toString()}
 * never shows the password.
 */
public record DskCredentials(String tenantId, String password) {

    /** The fields every DSK call starts with: the account and the shop's order id, in this order. */
    public Map<String, String> formFor(String orderId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tenantid", tenantId);
        form.put("password", password);
        form.put("orderid", orderId);
        return form;
    }

    @Override
    public String toString() {
        return "DskCredentials[tenantId=" + tenantId + ", password=****]";
    }
}
