package com.orderdesk.payment.dsk.wire;

import java.util.Map;

/**
 * PROPOSED {@code POST /paperless/status}, added because DSK's notices are unsigned and the core
 * confirms each with a query: replies {@code result=0&status=unpaid|paid|cancelled&dskid=…&amount=…
 * &paidamount=…&paydate=…&conveni=…&receiptno=…&message=}, or {@code result=-4} for an unknown
 * orderid. Nothing about it is public.
 */
public record StatusRequest(DskCredentials credentials, String orderId) implements DskRequest {

    @Override
    public String path() {
        return "/paperless/status";
    }

    @Override
    public Map<String, String> form() {
        return credentials.formFor(orderId);
    }

    @Override
    public DskReply.Layout layout() {
        return DskReply.Layout.STATUS;
    }

    @Override
    public boolean safeToRepeat() {
        return true;
    }

    @Override
    public String name() {
        return "status " + orderId;
    }
}
