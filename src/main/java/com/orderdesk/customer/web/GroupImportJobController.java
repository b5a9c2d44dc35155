package com.orderdesk.customer.web;

import com.orderdesk.customer.internal.GroupMemberships;
import com.orderdesk.shared.jobs.BulkJob;
import com.orderdesk.shared.jobs.FileJobController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The group CSV import (UTF-8, the layout of {@code GET /api/admin/customers/groups.csv}) as a
 * background job (the upload frame is {@link FileJobController}'s): a file that is not valid CSV is
 * 400 naming the line and nothing runs. The synchronous {@code POST /api/admin/customers/groups.csv}
 * runs the same job and answers with its results.
 */
@RestController
@RequestMapping("/api/admin/jobs/group-import")
class GroupImportJobController extends FileJobController {

    private final GroupMemberships memberships;

    GroupImportJobController(GroupMemberships memberships) {
        this.memberships = memberships;
    }

    @Override
    protected BulkJob start(byte[] content) {
        return memberships.startImport(CustomerAdminController.utf8(content));
    }
}
