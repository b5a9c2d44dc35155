package com.orderdesk.order;

import com.orderdesk.shared.StateConflict;

/** The requested status is not reachable from the order's current status. */
public class IllegalStatusTransition extends StateConflict {

    IllegalStatusTransition(String number, OrderStatus from, OrderStatus to) {
        super("illegal-status-transition", "Status change not allowed", describe(number, from, to));
        with("currentStatus", from);
        with("requestedStatus", to);
        with("allowedStatuses", from.next());
    }

    private static String describe(String number, OrderStatus from, OrderStatus to) {
        if (from == to) {
            return "Order " + number + " is already " + from;
        }
        if (from.next().isEmpty()) {
            return "Order " + number + " is " + from + ", which is final";
        }
        return "Order " + number + " cannot move from " + from + " to " + to + " (allowed: " + from.next() + ")";
    }
}
