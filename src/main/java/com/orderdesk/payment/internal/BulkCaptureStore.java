package com.orderdesk.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.BulkCaptureJob;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bulk capture tables: jobs with their lease, items with their per-order state and result. */
@Component
class BulkCaptureStore {

    static final Duration LEASE = Duration.ofMinutes(2);

    /** One item as the runner works on it. */
    record WorkItem(UUID jobId, int position, String orderNumber, String status) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BulkCaptureStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID create(List<String> orderNumbers, boolean dryRun, String requestedBy) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO bulk_capture_jobs (id, dry_run, status, requested_by, created_at, lease_until)
                VALUES (?, ?, 'RUNNING', ?, ?, ?)""", id, dryRun, requestedBy, now,
                Timestamp.from(clock.instant().plus(LEASE)));
        // One JDBC batch: a 10,000-order job is 10,000 rows.
        List<Object[]> rows = new ArrayList<>(orderNumbers.size());
        for (int position = 0; position < orderNumbers.size(); position++) {
            rows.add(new Object[] {id, position, orderNumbers.get(position)});
        }
        jdbc.batchUpdate("INSERT INTO bulk_capture_items (job_id, position, order_number, status) VALUES (?, ?, ?, 'PENDING')",
                rows);
        return id;
    }

    /** Takes over one running job whose lease lapsed (its instance died); empty when none. */
    @Transactional
    public Optional<UUID> claimAbandoned() {
        List<UUID> ids = jdbc.queryForList("""
                SELECT id FROM bulk_capture_jobs WHERE status = 'RUNNING' AND lease_until < ?
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED""", UUID.class, Timestamp.from(clock.instant()));
        ids.forEach(this::renewLease);
        return ids.stream().findFirst();
    }

    void renewLease(UUID jobId) {
        jdbc.update("UPDATE bulk_capture_jobs SET lease_until = ? WHERE id = ?",
                Timestamp.from(clock.instant().plus(LEASE)), jobId);
    }

    List<WorkItem> items(UUID jobId, String status) {
        return jdbc.query("SELECT job_id, position, order_number, status FROM bulk_capture_items WHERE job_id = ? AND status = ? ORDER BY position",
                (row, index) -> new WorkItem(row.getObject("job_id", UUID.class), row.getInt("position"),
                        row.getString("order_number"), row.getString("status")), jobId, status);
    }

    /**
     * The job's PENDING items with the provider of each order's current payment (its latest
     * attempt), in one query for the whole job: a 10,000-order job used to look each order and its
     * payment up one after another before the first capture (11 s for 100 orders at load 31,
     * docs/benchmarks.md). The provider is null when the order has no payment or does not exist;
     * the capture itself then says which.
     */
    List<ProviderWork> pendingWithProviders(UUID jobId) {
        return jdbc.query("""
                SELECT i.job_id, i.position, i.order_number, i.status, p.provider
                FROM bulk_capture_items i
                LEFT JOIN LATERAL (SELECT provider FROM payments WHERE order_number = i.order_number
                                   ORDER BY attempt DESC LIMIT 1) p ON true
                WHERE i.job_id = ? AND i.status = 'PENDING' ORDER BY i.position""",
                (row, index) -> new ProviderWork(new WorkItem(row.getObject("job_id", UUID.class), row.getInt("position"),
                        row.getString("order_number"), row.getString("status")),
                        row.getString("provider") == null ? null : ProviderCode.stored(row.getString("provider"))),
                jobId);
    }

    /** A pending item and the provider of its order's current payment (null: none). */
    record ProviderWork(WorkItem item, @Nullable ProviderCode provider) {
    }

    /** Marks a PENDING item IN_PROGRESS; false when someone else already took it. */
    boolean claim(WorkItem item, @Nullable UUID paymentId) {
        return jdbc.update("""
                UPDATE bulk_capture_items SET status = 'IN_PROGRESS', payment_id = ?
                WHERE job_id = ? AND position = ? AND status = 'PENDING'""", paymentId, item.jobId(), item.position()) == 1;
    }

    void finish(WorkItem item, String status, @Nullable Long amount, @Nullable String errorCode,
            @Nullable String errorMessage) {
        jdbc.update("""
                UPDATE bulk_capture_items SET status = ?, amount = ?, error_code = ?, error_message = ?, finished_at = ?
                WHERE job_id = ? AND position = ?""", status, amount, errorCode,
                NotificationStore.truncate(errorMessage), Timestamp.from(clock.instant()), item.jobId(), item.position());
    }

    void reopen(WorkItem item) {
        jdbc.update("UPDATE bulk_capture_items SET status = 'PENDING' WHERE job_id = ? AND position = ?",
                item.jobId(), item.position());
    }

    void complete(UUID jobId) {
        jdbc.update("UPDATE bulk_capture_jobs SET status = 'COMPLETED', finished_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()), jobId);
    }

    @Transactional(readOnly = true)
    public BulkCaptureJob job(UUID id) {
        return jdbc.query("SELECT * FROM bulk_capture_jobs WHERE id = ?", (row, index) -> job(row), id).stream()
                .findFirst().orElseThrow(() -> new NotFound("Bulk capture job", id.toString()));
    }

    @Transactional(readOnly = true)
    public List<BulkCaptureJob> jobs(int limit) {
        return jdbc.query("SELECT * FROM bulk_capture_jobs ORDER BY created_at DESC LIMIT ?", (row, index) -> job(row),
                limit);
    }

    private BulkCaptureJob job(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<BulkCaptureJob.Item> items = jdbc.query(
                "SELECT * FROM bulk_capture_items WHERE job_id = ? ORDER BY position",
                (item, index) -> new BulkCaptureJob.Item(item.getString("order_number"), item.getString("status"),
                        item.getObject("amount", Long.class), item.getString("error_code"),
                        item.getString("error_message")), id);
        int succeeded = (int) items.stream().filter(item -> item.status().equals("SUCCEEDED")
                || item.status().equals("WOULD_SUCCEED")).count();
        int failed = (int) items.stream().filter(item -> item.status().equals("FAILED")
                || item.status().equals("WOULD_FAIL")).count();
        Timestamp finished = row.getTimestamp("finished_at");
        return new BulkCaptureJob(id, row.getBoolean("dry_run"), row.getString("status"), row.getString("requested_by"),
                row.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                items.size(), succeeded, failed, items);
    }
}
