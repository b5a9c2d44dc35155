package com.orderdesk.payment.gateway;

/**
 * A notification failed authentication or could not be parsed. Nothing is applied; the message
 * says why (for the operator's inbox listing), never what secret was expected.
 */
public class NotificationRejected extends RuntimeException {

    private final boolean unauthenticated;

    public NotificationRejected(String reason, boolean unauthenticated) {
        super(reason);
        this.unauthenticated = unauthenticated;
    }

    /** True when the caller is not the provider (wrong source, credentials or signature). */
    public boolean unauthenticated() {
        return unauthenticated;
    }
}
