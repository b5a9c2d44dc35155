package com.orderdesk.shared.jobs;

import java.util.List;
import java.util.UUID;

import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following bulk jobs of every kind: the list, one job with its result per item (poll it until
 * {@code status} is COMPLETED), and the results as a spreadsheet CSV. Each kind is started where
 * its module lives ({@code POST /api/admin/jobs/order-status}, {@code /b2-import}, {@code /group-import}).
 */
@RestController
@RequestMapping("/api/admin/jobs")
class BulkJobController {

    private final BulkJobs jobs;

    BulkJobController(BulkJobs jobs) {
        this.jobs = jobs;
    }

    record JobList(List<BulkJob> jobs) {
    }

    @GetMapping
    JobList jobs(@RequestParam(required = false) @Nullable String kind, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "must be between 1 and 500");
        }
        if (kind != null && !jobs.kinds().contains(kind)) {
            throw new InvalidInput("kind", "must be one of " + String.join(", ", jobs.kinds()));
        }
        return new JobList(jobs.jobs(kind, limit));
    }

    @GetMapping(value = "/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    BulkJob job(@PathVariable UUID jobId) {
        return jobs.job(jobId);
    }

    @GetMapping(value = "/{jobId}", produces = "text/csv")
    ResponseEntity<byte[]> jobAsCsv(@PathVariable UUID jobId) {
        return BulkJobCsv.response(jobs.job(jobId));
    }

    @GetMapping("/{jobId}.csv")
    ResponseEntity<byte[]> csvFile(@PathVariable UUID jobId) {
        return BulkJobCsv.response(jobs.job(jobId));
    }
}
