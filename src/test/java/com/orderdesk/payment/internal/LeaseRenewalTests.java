package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderdesk.support.TestClock;
import org.junit.jupiter.api.Test;

class LeaseRenewalTests {

    private final TestClock clock = new TestClock();
    private final AtomicInteger renewals = new AtomicInteger();
    private final LeaseRenewal lease = new LeaseRenewal(renewals::incrementAndGet, clock, Duration.ofSeconds(30));

    @Test
    void itemsFinishedWithinTheIntervalDoNotRenew() {
        for (int item = 0; item < 1_000; item++) {
            lease.renewIfDue();
        }

        assertThat(renewals).hasValue(0);
    }

    @Test
    void onceTheIntervalHasPassedOneOfManyParallelWorkersRenews() {
        clock.advance(Duration.ofSeconds(31));

        try (ExecutorService workers = Executors.newFixedThreadPool(20, Thread.ofVirtual().factory())) {
            for (int item = 0; item < 1_000; item++) {
                workers.submit(lease::renewIfDue);
            }
        }
        assertThat(renewals).hasValue(1);

        clock.advance(Duration.ofSeconds(31));
        lease.renewIfDue();
        assertThat(renewals).hasValue(2);
    }
}
