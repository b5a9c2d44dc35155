package com.orderdesk.subscription;

/**
 * Where a subscription stands. Only ACTIVE ones generate orders; PAUSED ones keep their schedule
 * and continue from the first cycle after the resume; CANCELLED (by operator or customer) and ENDED
 * (its end count or end date reached) are final.
 */
public enum SubscriptionStatus {
    ACTIVE,
    PAUSED,
    CANCELLED,
    ENDED;

    public boolean isFinal() {
        return this == CANCELLED || this == ENDED;
    }
}
