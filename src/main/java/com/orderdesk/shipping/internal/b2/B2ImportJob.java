package com.orderdesk.shipping.internal.b2;

import java.util.List;

import com.orderdesk.shared.jobs.BulkJobHandler;
import com.orderdesk.shipping.internal.b2.B2Import.Outcome;
import com.orderdesk.shipping.internal.b2.B2Import.RowResult;
import org.springframework.stereotype.Component;

/**
 * One order of a B2 import: its rows registered as one shipment. The item succeeds (and commits)
 * when a number was registered or every row was already on the order; rows refused beside a
 * registered one are named in the message and in the detail.
 */
@Component
class B2ImportJob implements BulkJobHandler {

    static final String KIND = "B2_IMPORT";

    private final B2ImportRows rows;

    B2ImportJob(B2ImportRows rows) {
        this.rows = rows;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Result process(String parameters, String input) {
        List<RowResult> results = rows.importOrder(input);
        List<RowResult> refused = results.stream()
                .filter(row -> row.outcome() != Outcome.MATCHED && row.outcome() != Outcome.ALREADY_REGISTERED).toList();
        boolean registered = results.stream().anyMatch(row -> row.outcome() == Outcome.MATCHED);
        if (refused.isEmpty()) {
            return new Result(true, registered ? Outcome.MATCHED.name() : Outcome.ALREADY_REGISTERED.name(), null, results);
        }
        String reasons = String.join(" / ", refused.stream().map(row -> "行" + row.row() + ": " + row.message()).toList());
        // A registered shipment must commit even when another row of the order was refused.
        return new Result(registered, registered ? "PARTIAL" : refused.getFirst().outcome().name(), reasons, results);
    }
}
