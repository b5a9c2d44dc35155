package com.orderdesk.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The executor {@code @Async} uses when it is not told another (the one every
 * {@link ApplicationModuleListener} runs on) runs a fixed number of listeners at once and queues the
 * rest without making the publisher wait. Boot's default with virtual threads started 6,659 listeners
 * for a burst of 420 orders, and they held every database connection waiting for a second one.
 */
class ListenerExecutorIntegrationTests extends IntegrationTestSupport {

    private static final int BURST = 60;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    private TaskExecutor listeners;

    @Autowired
    private EventsProperties events;

    @Test
    void theModuleListenersOfAPlacedOrderRunOnTheListenerThreads() {
        assertThat(api.asOperator().post("/api/admin/orders", TestOrders.order()).status()).isEqualTo(201);

        // The pool's threads outlive their tasks; Boot's default would have run them on virtual "task-N" threads.
        await().atMost(Duration.ofSeconds(30)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("listener-")));
    }

    @Test
    void aBurstOfListenersRunsAFewAtATimeAndThePublisherIsNeverHeld() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(BURST);
        List<String> threads = new ArrayList<>();

        long submitStart = System.nanoTime();
        for (int i = 0; i < BURST; i++) {
            listeners.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                synchronized (threads) {
                    threads.add(Thread.currentThread().getName());
                }
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                done.countDown();
            });
        }
        long submitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - submitStart);
        // Every running task waits for the release: had a submission waited for a free place, the
        // loop above would not have ended before it.
        release.countDown();

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(submitMillis).as("all %d submitted while the first ones were held", BURST).isLessThan(30_000);
        // At most the pool's size (fewer when a module listener of another test holds a thread meanwhile).
        assertThat(mostAtOnce.get()).isBetween(1, events.listenerThreads()).isLessThan(BURST);
        assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("listener-"));
    }
}
