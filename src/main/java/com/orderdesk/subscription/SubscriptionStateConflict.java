package com.orderdesk.subscription;

import com.orderdesk.shared.StateConflict;

/** The subscription's status or version does not allow the command (409), with the reason. */
public class SubscriptionStateConflict extends StateConflict {

    public SubscriptionStateConflict(String type, String detail) {
        super(type, "Subscription cannot do this now", detail);
    }
}
