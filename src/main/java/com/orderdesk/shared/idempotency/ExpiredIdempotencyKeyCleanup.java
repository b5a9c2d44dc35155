package com.orderdesk.shared.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired idempotency keys in batches, so that the table holds about one retention
 * period of POSTs. Runs on every instance without a ShedLock lock on purpose: the DELETE is
 * idempotent and skips rows another instance has locked, so concurrent runs only share the work,
 * and a lock would add an application-wide lock provider just to save a cheap query. Expired rows
 * that are still there are already treated as free by the claim, so a late cleanup is harmless.
 */
final class ExpiredIdempotencyKeyCleanup {

    private static final Logger log = LoggerFactory.getLogger(ExpiredIdempotencyKeyCleanup.class);

    private final IdempotencyKeyStore store;
    private final int batchSize;

    ExpiredIdempotencyKeyCleanup(IdempotencyKeyStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    @Scheduled(initialDelayString = "${orderdesk.idempotency.cleanup-interval:PT10M}",
            fixedDelayString = "${orderdesk.idempotency.cleanup-interval:PT10M}")
    void deleteExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = store.deleteExpiredBatch();
            total += deleted;
        } while (deleted == batchSize);
        if (total > 0) {
            log.debug("Deleted {} expired idempotency keys", total);
        }
    }
}
