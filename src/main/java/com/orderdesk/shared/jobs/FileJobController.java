package com.orderdesk.shared.jobs;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The frame of every job started from an uploaded file (B2取込, 顧客グループ取込): the file comes as
 * the request body ({@code text/csv}, {@code text/plain} or {@code application/octet-stream}) or as
 * the {@code file} part of a form upload; the module checks it at once (400 naming what is wrong,
 * nothing runs) and starts its job, answered 202 with the job and its {@code Location}
 * ({@link JobResponses#accepted}). A module's controller extends this with its path
 * ({@code @RequestMapping("/api/admin/jobs/<kind>")}) and how its file starts its job.
 */
public abstract class FileJobController {

    /** Checks the file and starts the module's job, or throws the problem that names what is wrong. */
    protected abstract BulkJob start(byte[] content);

    @ResponseStatus(HttpStatus.ACCEPTED) // documents 202 in the API description; the ResponseEntity sets it
    @PostMapping(consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE})
    public ResponseEntity<BulkJob> startFromBody(@RequestBody byte[] content) {
        return JobResponses.accepted(start(content));
    }

    @ResponseStatus(HttpStatus.ACCEPTED) // documents 202 in the API description; the ResponseEntity sets it
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<BulkJob> startUpload(@RequestPart("file") MultipartFile file) throws IOException {
        return JobResponses.accepted(start(file.getBytes()));
    }
}
