package com.orderdesk.payment.dsk.wire;

import com.orderdesk.payment.gateway.kit.MalformedReply;

/** A body that is not DSK's format (an HTML error page, a truncated reply). Never carries the body. */
public class MalformedDskReply extends MalformedReply {

    public MalformedDskReply(String message) {
        super(message);
    }
}
