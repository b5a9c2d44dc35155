package com.orderdesk.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A メール一括通知: one template to the selected orders, with each order's result.
 *
 * @param status RUNNING while a mail of the job is still queued, COMPLETED after
 */
public record MailBulkJob(UUID id, String templateCode, String language, String requestedBy, Instant createdAt,
        String status, int total, int queued, int sent, int failed, List<Item> items) {

    /**
     * One order of the job.
     *
     * @param status the mail's status: QUEUED, SENT, SANDBOX or FAILED
     */
    public record Item(String orderNumber, UUID mailId, String status, @Nullable String error,
            @Nullable Instant finishedAt) {
    }
}
