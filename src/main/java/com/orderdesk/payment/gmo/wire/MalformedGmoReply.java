package com.orderdesk.payment.gmo.wire;

import com.orderdesk.payment.gateway.kit.MalformedReply;

/**
 * An answer that is not GMO's key=value format or lacks a field a successful answer always has.
 * The request was sent, so what GMO did is unknown. The message never contains the body (it may
 * hold an AccessPass).
 */
public class MalformedGmoReply extends MalformedReply {

    public MalformedGmoReply(String reason) {
        super("malformed GMO-PG answer: " + reason);
    }
}
