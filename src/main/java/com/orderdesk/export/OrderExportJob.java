package com.orderdesk.export;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order export as operators follow it: QUEUED, RUNNING (with {@code processed} of {@code total}
 * orders), DONE (the file has {@code rows} rows besides the header, or documents for
 * {@code rows} orders) or FAILED with the reason.
 *
 * @param kind what the export produces: the 受注CSV or a 帳票 PDF / ZIP
 * @param total orders matching the filter, known once the job has started
 */
public record OrderExportJob(UUID id, OrderExportKind kind, String status, @Nullable Integer total, int processed, @Nullable Integer rows,
        @Nullable String error, OrderExportFilter filter, String requestedBy, Instant createdAt,
        @Nullable Instant finishedAt) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
