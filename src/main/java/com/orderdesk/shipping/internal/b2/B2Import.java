package com.orderdesk.shipping.internal.b2;

import java.util.ArrayList;
import java.util.List;

import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.BulkJobs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * B2取込 as a durable bulk job ({@link BulkJobs}, kind {@value B2ImportJob#KIND}): B2 Cloud's
 * issued-data CSV (発行済データ, column 1 = our order number, column 4 = 伝票番号) registers a Yamato
 * shipment per order, one job item per order, each in one transaction with its result, so a bad
 * row never stops the others and a job interrupted by a crash resumes without registering an order
 * twice. Rows of one order in one file (a multi-piece shipment) become one shipment with all their
 * numbers. A number already on the order is reported and left alone, so importing the same file
 * again changes nothing. Each item's detail is its rows' {@link RowResult}s.
 */
@Service
public class B2Import {

    /** What happened to one row. */
    public enum Outcome {
        MATCHED, ALREADY_REGISTERED, UNKNOWN_ORDER, BAD_TRACKING_NUMBER, ALREADY_SHIPPED, TRACKING_NUMBER_IN_USE,
        ORDER_CANCELLED, ORDER_CLOSED, FAILED
    }

    /** One row's result; {@code row} is the 1-based line in the file. */
    public record RowResult(int row, String orderNumber, String trackingNumber, Outcome outcome,
            @Nullable String message) {
    }

    private final B2ImportRows rows;
    private final BulkJobs jobs;
    private final JsonMapper json;

    B2Import(B2ImportRows rows, BulkJobs jobs, JsonMapper json) {
        this.rows = rows;
        this.jobs = jobs;
        this.json = json;
    }

    /**
     * Imports the file on the caller's thread; a result per data row, in file order.
     *
     * @throws B2FileRejected when the file is not CP932, has no data rows, or rows lack columns 1-4;
     *         nothing is applied then
     */
    public List<RowResult> importFile(byte[] content) {
        BulkJob job = jobs.runNow(B2ImportJob.KIND, "{}", rows.plan(content));
        List<RowResult> results = new ArrayList<>();
        job.items().forEach(item -> results.addAll(List.of(json.treeToValue(item.detail(), RowResult[].class))));
        results.sort(java.util.Comparator.comparingInt(RowResult::row));
        return results;
    }

    /**
     * Starts the import in the background; follow it at {@code /api/admin/jobs/{id}}.
     *
     * @throws B2FileRejected as {@link #importFile}, before any job exists
     */
    public BulkJob start(byte[] content) {
        return jobs.start(B2ImportJob.KIND, "{}", rows.plan(content));
    }
}
