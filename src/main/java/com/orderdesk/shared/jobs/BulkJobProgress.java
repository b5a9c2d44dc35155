package com.orderdesk.shared.jobs;

import java.util.List;

/**
 * The items of one kind of background job that are still running, by state, for the metric
 * {@code orderdesk.bulk.job.items} ({@link BulkJobMetrics}). The jobs of {@link BulkJobs} report by
 * themselves; a module whose jobs keep their own tables (bulk capture, order exports) contributes a bean.
 */
public interface BulkJobProgress {

    /** The metric's {@code kind} tag: lower snake case. */
    String kind();

    /** The states reported, lower case; a fixed list, as each becomes one time series. */
    List<String> states();

    /** How many items of running jobs are in this state now (read when scraped, so right after a restart). */
    long runningItems(String state);
}
