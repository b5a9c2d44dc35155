package com.orderdesk.payment.dsk.wire;

/** A body that is not DSK's format (an HTML error page, a truncated reply). Never carries the body. */
public class MalformedDskReply extends RuntimeException {

    public MalformedDskReply(String message) {
        super(message);
    }
}
