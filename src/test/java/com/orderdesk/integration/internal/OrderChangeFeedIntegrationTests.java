package com.orderdesk.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed hands out positions in commit order: a change that drew its position first cannot
 * commit after a later one, so a reader's cursor never moves past a change still to commit.
 */
class OrderChangeFeedIntegrationTests extends IntegrationTestSupport {

    private static final Instant EPOCH = Instant.EPOCH;

    @Autowired
    OrderChangeFeed feed;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aLaterChangeWaitsUntilTheEarlierOneCommitsSoNoCursorSkipsIt() throws Exception {
        UUID store = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            feed.record(first, store, Instant.now());
            firstRecorded.countDown();
            await(releaseFirst);
        }));
        assertThat(firstRecorded.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> fast = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status ->
                feed.record(second, store, Instant.now())));

        Thread.sleep(500);
        assertThat(fast).as("the later change cannot commit before the earlier one").isNotDone();
        List<OrderChangeFeed.Entry> meanwhile = feed.after(store, EPOCH, 0, 10);
        assertThat(meanwhile).isEmpty();

        releaseFirst.countDown();
        slow.get(10, TimeUnit.SECONDS);
        fast.get(10, TimeUnit.SECONDS);

        List<OrderChangeFeed.Entry> entries = feed.after(store, EPOCH, 0, 10);
        assertThat(entries).extracting(OrderChangeFeed.Entry::orderId).containsExactly(first, second);
        assertThat(feed.after(store, EPOCH, entries.get(0).position(), 10))
                .extracting(OrderChangeFeed.Entry::orderId).containsExactly(second);
    }

    @Test
    void aChangedOrderMovesToTheEndOfItsStoresFeed() {
        UUID store = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> feed.record(a, store, Instant.now()));
        tx.executeWithoutResult(status -> feed.record(b, store, Instant.now()));
        tx.executeWithoutResult(status -> feed.record(a, store, Instant.now()));

        assertThat(feed.after(store, EPOCH, 0, 10)).extracting(OrderChangeFeed.Entry::orderId).containsExactly(b, a);
        assertThat(feed.after(UUID.randomUUID(), EPOCH, 0, 10)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
