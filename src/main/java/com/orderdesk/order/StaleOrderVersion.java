package com.orderdesk.order;

import com.orderdesk.shared.PreconditionFailed;

/** The edit was based on an older version of the order than the one stored. */
public class StaleOrderVersion extends PreconditionFailed {

    StaleOrderVersion(String number, long expected, long current) {
        super("stale-version", "Order was changed meanwhile", "Order " + number + " is at version " + current
                + ", the edit was made on version " + expected + "; reload the order and apply the edit again");
        with("currentVersion", current);
    }
}
