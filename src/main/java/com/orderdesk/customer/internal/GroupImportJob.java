package com.orderdesk.customer.internal;

import com.orderdesk.shared.jobs.BulkJobHandler;
import org.springframework.stereotype.Component;

/** One customer of a group import or bulk membership change: its groups changed, or why not. */
@Component
class GroupImportJob implements BulkJobHandler {

    static final String KIND = "GROUP_IMPORT";

    private final GroupMembershipChanges changes;

    GroupImportJob(GroupMembershipChanges changes) {
        this.changes = changes;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Result process(String parameters, String input) {
        GroupMemberships.Result result = changes.apply(input);
        return result.succeeded()
                ? new Result(true, result.changed() ? "CHANGED" : "UNCHANGED", null, result)
                : new Result(false, String.valueOf(result.errorType()), result.error(), result);
    }
}
