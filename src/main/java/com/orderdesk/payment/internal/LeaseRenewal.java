package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renews a job's lease at most once per {@code every}, however many workers finish an item. The
 * bulk-capture runner used to renew after every capture: 10,000 updates of the one job row, each
 * waiting on the row lock its parallel workers held, for a lease of two minutes.
 */
final class LeaseRenewal {

    private final Runnable renew;
    private final Clock clock;
    private final Duration every;
    private final AtomicReference<Instant> due;

    LeaseRenewal(Runnable renew, Clock clock, Duration every) {
        this.renew = renew;
        this.clock = clock;
        this.every = every;
        this.due = new AtomicReference<>(clock.instant().plus(every));
    }

    /** Renews when the interval has passed since the last renewal; only one caller renews each time. */
    void renewIfDue() {
        Instant now = clock.instant();
        Instant current = due.get();
        if (!now.isBefore(current) && due.compareAndSet(current, now.plus(every))) {
            renew.run();
        }
    }
}
