package com.orderdesk.subscription;

import com.orderdesk.shared.NotFound;

/** No subscription has this number (404). */
public class SubscriptionNotFound extends NotFound {

    public SubscriptionNotFound(String number) {
        super("Subscription", number);
    }
}
