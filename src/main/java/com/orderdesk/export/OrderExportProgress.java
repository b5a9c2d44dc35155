package com.orderdesk.export;

import java.util.List;

import com.orderdesk.shared.jobs.BulkJobProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Order exports (受注CSV, 帳票一括出力) in the bulk job progress metric, kind {@code order_export}:
 * orders still to read ({@code pending}) and read ({@code succeeded}) of the exports now running.
 * An export still QUEUED has not counted its orders yet and shows once it starts.
 */
@Component
class OrderExportProgress implements BulkJobProgress {

    private final JdbcTemplate jdbc;

    OrderExportProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "order_export";
    }

    @Override
    public List<String> states() {
        return List.of("pending", "succeeded");
    }

    @Override
    public long runningItems(String state) {
        String items = "pending".equals(state) ? "coalesce(total, 0) - processed" : "processed";
        Long count = jdbc.queryForObject("SELECT coalesce(sum(" + items + "), 0) FROM order_exports WHERE status = 'RUNNING'",
                Long.class);
        return count == null ? 0 : count;
    }
}
