package com.orderdesk.payment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the webhook inbox: notices arriving together are inserted by one writer in one
 * transaction, and each caller is released only when that transaction has committed (PostgreSQL's
 * default {@code synchronous_commit}: the WAL is flushed), so the provider's acknowledgement still
 * follows durability. Nothing waits on purpose: while one batch commits the next one gathers, so a
 * lone notice costs one commit and a burst of hundreds costs a few.
 *
 * <p>A batch that fails as a whole (one row breaking a constraint other than the deduplication key)
 * is retried row by row, so one bad notice never costs the others their acknowledgement.
 * {@code orderdesk.payments.inbox.append-writers} writers (default 2: one gathers while the other
 * commits) each take up to {@code append-batch} rows.
 */
@Component
class InboxAppender {

    private static final Logger log = LoggerFactory.getLogger(InboxAppender.class);

    /** One row of payment_notifications in the order of {@link #INSERT}'s columns. */
    record Row(UUID id, Object[] values) {
    }

    /** Whether the row was stored, or its deduplication key was there already. */
    enum Stored { NEW, DUPLICATE }

    static final String INSERT = """
            INSERT INTO payment_notifications (id, provider, dedup_key, locator_reference, provider_order_id,
                source_address, headers, content_type, charset, body, parsed_status, parsed_provider_status,
                parsed_amount, occurred_at, trusted, parsed_references, match_references, status, next_attempt_at,
                outcome, received_at, processed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (provider, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING""";

    private record Pending(Row row, CompletableFuture<Stored> done) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final int batchSize;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running = true;

    InboxAppender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            PaymentsProperties properties) {
        int writerCount = properties.inbox().appendWriters();
        int batchSize = properties.inbox().appendBatch();
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = Math.max(1, batchSize);
        for (int i = 0; i < Math.max(1, writerCount); i++) {
            writers.add(Thread.ofPlatform().daemon().name("inbox-appender-" + i).start(this::write));
        }
    }

    /**
     * Stores the row durably and returns once its transaction has committed.
     *
     * @throws RuntimeException when the row could not be stored (the provider is answered "not stored")
     */
    Stored append(Row row) {
        if (!running) {
            return insertAlone(row);
        }
        Pending pending = new Pending(row, new CompletableFuture<>());
        queue.add(pending);
        try {
            while (true) {
                try {
                    return pending.done().get(1, TimeUnit.SECONDS);
                } catch (TimeoutException stillQueued) {
                    // Queued just as the writers stopped: nobody will take it, so store it here.
                    if (!running && queue.remove(pending)) {
                        return insertAlone(row);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the notice was being stored", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                batch.forEach(pending -> pending.done().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        int[] counts;
        try {
            counts = transactions.execute(tx -> jdbc.batchUpdate(INSERT,
                    batch.stream().map(pending -> pending.row().values()).toList()));
        } catch (RuntimeException batchFailed) {
            if (batch.size() > 1) {
                log.warn("A batch of {} notices failed ({}); storing them one by one", batch.size(),
                        batchFailed.getMessage());
            }
            for (Pending pending : batch) {
                try {
                    pending.done().complete(insertAlone(pending.row()));
                } catch (RuntimeException failed) {
                    pending.done().completeExceptionally(failed);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(counts[i] == 0 ? Stored.DUPLICATE : Stored.NEW);
        }
    }

    private Stored insertAlone(Row row) {
        return transactions.execute(tx -> insertHere(row));
    }

    /** Inserts the row in the caller's transaction (durable when the caller commits). */
    Stored insertHere(Row row) {
        return jdbc.update(INSERT, row.values()) == 0 ? Stored.DUPLICATE : Stored.NEW;
    }

    /** Stores what is queued, then stops taking notices in batches (late callers insert alone). */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(10_000);
        }
    }
}
