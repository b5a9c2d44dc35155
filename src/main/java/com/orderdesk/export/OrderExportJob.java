package com.orderdesk.export;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order export as operators follow it: QUEUED, RUNNING (with {@code processed} of {@code total}
 * orders), DONE (the file has {@code rows} rows besides the header) or FAILED with the reason.
 *
 * @param total orders matching the filter, known once the job has started
 */
public record OrderExportJob(UUID id, String status, @Nullable Integer total, int processed, @Nullable Integer rows,
        @Nullable String error, OrderExportFilter filter, String requestedBy, Instant createdAt,
        @Nullable Instant finishedAt) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
