package com.orderdesk.payment.dsk.wire;

import java.util.Map;

/**
 * PROPOSED {@code POST /paperless/cancel} (DSK publishes no cancel API): {@code result=0} when
 * cancelled or already cancelled, {@code -1} when the order is paid.
 */
public record CancelRequest(DskCredentials credentials, String orderId) implements DskRequest {

    @Override
    public String path() {
        return "/paperless/cancel";
    }

    @Override
    public Map<String, String> form() {
        return credentials.formFor(orderId);
    }

    @Override
    public DskReply.Layout layout() {
        return DskReply.Layout.CANCEL;
    }

    /** Not retried automatically: a lost cancel is resolved by the core's status query instead. */
    @Override
    public boolean safeToRepeat() {
        return false;
    }

    @Override
    public String name() {
        return "cancel " + orderId;
    }
}
