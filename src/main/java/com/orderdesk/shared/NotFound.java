package com.orderdesk.shared;

/** A resource named in the request does not exist (404). */
public class NotFound extends ProblemException {

    public NotFound(String what, String identifier) {
        super(404, "not-found", what + " not found", what + " '" + identifier + "' does not exist");
    }
}
