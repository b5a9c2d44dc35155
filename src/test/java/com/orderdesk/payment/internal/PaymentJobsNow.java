package com.orderdesk.payment.internal;

import org.springframework.stereotype.Component;

/**
 * Lets adapter scenario tests outside {@code payment.internal} run the core's scheduled jobs now
 * (the poller, the review timeouts, the expiry of lapsed authorizations and shopper steps) instead of
 * waiting for their schedule.
 */
@Component
public class PaymentJobsNow {

    private final StatusPolling polling;
    private final ReviewTimeouts timeouts;
    private final AuthorizationExpiry expiry;

    PaymentJobsNow(StatusPolling polling, ReviewTimeouts timeouts, AuthorizationExpiry expiry) {
        this.polling = polling;
        this.timeouts = timeouts;
        this.expiry = expiry;
    }

    public void expire() {
        expiry.expireDue();
    }

    public void poll() {
        polling.pollDue();
    }

    public void failOverdueReviews() {
        timeouts.failOverdue();
    }
}
