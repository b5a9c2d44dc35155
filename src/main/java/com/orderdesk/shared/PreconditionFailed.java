package com.orderdesk.shared;

/**
 * The request's {@code If-Match} names a version that is no longer the stored one (412, RFC 9110
 * §13.1.1): someone changed the resource since the client read it.
 */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(String type, String title, String detail) {
        super(412, type, title, detail);
    }
}
