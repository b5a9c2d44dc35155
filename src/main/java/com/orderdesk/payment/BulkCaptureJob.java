package com.orderdesk.payment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A bulk capture (一括実売上) and its result per order. A dry run says which orders would fail and why.
 *
 * @param status RUNNING or COMPLETED
 */
public record BulkCaptureJob(UUID id, boolean dryRun, String status, String requestedBy, Instant createdAt,
        @Nullable Instant finishedAt, int total, int succeeded, int failed, List<Item> items) {

    /**
     * One order of the job.
     *
     * @param status PENDING, IN_PROGRESS, SUCCEEDED, FAILED, or for a dry run WOULD_SUCCEED / WOULD_FAIL
     * @param errorCode the provider's error code, or a refusal type such as {@code payment-action-not-allowed}
     */
    public record Item(String orderNumber, String status, @Nullable Long amount, @Nullable String errorCode,
            @Nullable String errorMessage) {
    }
}
