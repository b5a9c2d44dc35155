package com.orderdesk.subscription;

import com.orderdesk.shared.PreconditionFailed;

/** The subscription changed since the version an edit was made on (412), as for orders. */
public class StaleSubscriptionVersion extends PreconditionFailed {

    public StaleSubscriptionVersion(String number, long expected, long current) {
        super("stale-version", "Subscription was changed meanwhile", "Subscription " + number + " is at version "
                + current + ", the edit was made on version " + expected + "; reload it and apply the edit again");
        with("currentVersion", current);
    }
}
