package com.orderdesk.payment.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.orderdesk.payment.BulkCaptureJob;
import com.orderdesk.payment.BulkCaptures;
import com.orderdesk.shared.Csv;
import com.orderdesk.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk capture (一括実売上) for operators: start a job (202, or 200 with the verdicts for a dry run),
 * follow it, download its results as CSV, and list past jobs.
 */
@RestController
@RequestMapping("/api/admin/payments/bulk-capture")
class BulkCaptureController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final BulkCaptures bulkCaptures;

    BulkCaptureController(BulkCaptures bulkCaptures) {
        this.bulkCaptures = bulkCaptures;
    }

    record BulkCaptureRequest(@NotEmpty @Size(max = 10_000) List<String> orderNumbers, @Nullable Boolean dryRun) {
    }

    record JobList(List<BulkCaptureJob> jobs) {
    }

    @PostMapping
    ResponseEntity<BulkCaptureJob> start(@Valid @RequestBody BulkCaptureRequest request) {
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        BulkCaptureJob job = bulkCaptures.start(request.orderNumbers(), dryRun);
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create("/api/admin/payments/bulk-capture/" + job.id())).body(job);
    }

    @GetMapping
    JobList jobs(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "must be between 1 and 500");
        }
        return new JobList(bulkCaptures.jobs(limit));
    }

    @GetMapping(value = "/{jobId}", produces = {MediaType.APPLICATION_JSON_VALUE})
    BulkCaptureJob job(@PathVariable UUID jobId) {
        return bulkCaptures.job(jobId);
    }

    @GetMapping(value = "/{jobId}", produces = "text/csv")
    ResponseEntity<byte[]> jobAsCsv(@PathVariable UUID jobId) {
        return csv(bulkCaptures.job(jobId));
    }

    @GetMapping("/{jobId}.csv")
    ResponseEntity<byte[]> csvFile(@PathVariable UUID jobId) {
        return csv(bulkCaptures.job(jobId));
    }

    private static ResponseEntity<byte[]> csv(BulkCaptureJob job) {
        byte[] csv = Csv.write(Csv.Target.SPREADSHEET, List.of("orderNumber", "status", "amount", "errorCode", "errorMessage"),
                job.items().stream().map(item -> Arrays.asList(item.orderNumber(), item.status(), item.amount(),
                        item.errorCode(), item.errorMessage())).toList());
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"bulk-capture-" + job.id() + ".csv\"")
                .body(csv);
    }
}
