package com.orderdesk.shared.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A durable bulk job and its result per item: counts while it runs, each item's outcome and reason
 * once it is done. {@code items} is empty in job lists.
 *
 * @param kind ORDER_STATUS, B2_IMPORT or GROUP_IMPORT ({@link BulkJobHandler#kind()})
 * @param status RUNNING or COMPLETED
 * @param parameters the job's own parameters as its kind defines them (the target status of a
 *        status change), an empty object when none
 * @param processed items with a result, succeeded or failed
 */
public record BulkJob(UUID id, String kind, String status, JsonNode parameters, String requestedBy, Instant createdAt,
        @Nullable Instant finishedAt, int total, int processed, int succeeded, int failed, List<Item> items) {

    public BulkJob {
        items = List.copyOf(items);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /**
     * One item of the job.
     *
     * @param row the line of the uploaded file it came from, when it came from a file
     * @param reference what the operator knows the item by: an order number, a customer id or e-mail
     * @param status PENDING, SUCCEEDED or FAILED
     * @param outcome the kind's word for what happened (the new order status, MATCHED, a problem type)
     * @param message why it failed, or what to know about it; null when there is nothing to say
     * @param detail the kind's detail (warnings, the customer's groups, a B2 order's rows); null when none
     */
    public record Item(int position, @Nullable Integer row, String reference, String status, @Nullable String outcome,
            @Nullable String message, @Nullable JsonNode detail) {

        public boolean succeeded() {
            return "SUCCEEDED".equals(status);
        }
    }
}
