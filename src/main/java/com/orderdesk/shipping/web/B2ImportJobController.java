package com.orderdesk.shipping.web;

import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.FileJobController;
import com.orderdesk.shipping.internal.b2.B2Import;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * B2取込 as a background job (the upload frame is {@link FileJobController}'s): a file that is not
 * B2's issued data is 400 and nothing runs. The synchronous {@code POST /api/admin/shipments/b2-import}
 * runs the same job and answers with its results.
 */
@RestController
@RequestMapping("/api/admin/jobs/b2-import")
class B2ImportJobController extends FileJobController {

    private final B2Import importer;

    B2ImportJobController(B2Import importer) {
        this.importer = importer;
    }

    @Override
    protected BulkJob start(byte[] content) {
        return importer.start(content);
    }
}
