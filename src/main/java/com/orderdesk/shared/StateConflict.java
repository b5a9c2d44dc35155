package com.orderdesk.shared;

/**
 * The request contradicts the current state of a resource (409): an illegal status transition,
 * an edit of a closed order, a stale version.
 */
public class StateConflict extends ProblemException {

    public StateConflict(String type, String title, String detail) {
        super(409, type, title, detail);
    }
}
