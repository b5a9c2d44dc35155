package com.orderdesk.shared.jobs;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** The answer of every endpoint that starts a bulk job: 202 with the job and where to follow it. */
public final class JobResponses {

    private JobResponses() {
    }

    public static ResponseEntity<BulkJob> accepted(BulkJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/jobs/" + job.id())).body(job);
    }
}
