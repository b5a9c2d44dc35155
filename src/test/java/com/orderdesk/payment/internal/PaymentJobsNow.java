package com.orderdesk.payment.internal;

import org.springframework.stereotype.Component;

/**
 * Lets adapter scenario tests outside {@code payment.internal} run the core's scheduled jobs now
 * (the poller, the review timeouts) instead of waiting for their schedule.
 */
@Component
public class PaymentJobsNow {

    private final StatusPolling polling;
    private final ReviewTimeouts timeouts;

    PaymentJobsNow(StatusPolling polling, ReviewTimeouts timeouts) {
        this.polling = polling;
        this.timeouts = timeouts;
    }

    public void poll() {
        polling.pollDue();
    }

    public void failOverdueReviews() {
        timeouts.failOverdue();
    }
}
