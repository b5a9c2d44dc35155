package com.orderdesk.payment;

import java.util.List;
import java.util.UUID;

/**
 * Capturing many orders at once: a durable job per request, processed with bounded concurrency
 * towards the provider; one order's failure never stops the others, and a job interrupted by a
 * crash is resumed by another instance without capturing any order twice.
 */
public interface BulkCaptures {

    /**
     * Registers the job and starts it in the background (a dry run is evaluated at once and
     * returned COMPLETED). Never null.
     */
    BulkCaptureJob start(List<String> orderNumbers, boolean dryRun);

    /** @throws com.orderdesk.shared.NotFound when there is no such job */
    BulkCaptureJob job(UUID id);

    /** Past jobs, newest first. */
    List<BulkCaptureJob> jobs(int limit);
}
