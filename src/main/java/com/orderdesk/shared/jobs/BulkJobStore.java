package com.orderdesk.shared.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.jobs.BulkJobHandler.NewItem;
import com.orderdesk.shared.jobs.BulkJobHandler.Result;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bulk job tables (V540): jobs with their lease, items with their input and result. */
@Component
class BulkJobStore {

    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int MESSAGE_LENGTH = 2000;

    /** One item as the runner works on it. */
    record WorkItem(UUID jobId, int position, String input) {
    }

    /** What the runner needs of a job to run it. */
    record Running(UUID id, String kind, String parameters, String requestedBy) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    BulkJobStore(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public UUID create(String kind, String parameters, List<NewItem> items, String requestedBy) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO bulk_jobs (id, kind, parameters, status, requested_by, created_at, lease_until)
                VALUES (?, ?, ?, 'RUNNING', ?, ?, ?)""", id, kind, parameters, requestedBy, now,
                Timestamp.from(clock.instant().plus(LEASE)));
        // One JDBC batch: a job of thousands of orders is thousands of rows.
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int position = 0; position < items.size(); position++) {
            NewItem item = items.get(position);
            Result result = item.result();
            rows.add(new Object[] {id, position, item.row(), item.reference(), item.input(),
                    result == null ? "PENDING" : status(result), result == null ? null : result.outcome(),
                    result == null ? null : truncate(result.message()), result == null ? null : detail(result),
                    result == null ? null : now});
        }
        jdbc.batchUpdate("""
                INSERT INTO bulk_job_items (job_id, position, source_row, reference, input, status, outcome, message,
                                            detail, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return id;
    }

    /** Takes over one running job whose lease lapsed (its instance died); empty when none. */
    @Transactional
    public Optional<Running> claimAbandoned() {
        List<UUID> ids = jdbc.queryForList("""
                SELECT id FROM bulk_jobs WHERE status = 'RUNNING' AND lease_until < ?
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED""", UUID.class, Timestamp.from(clock.instant()));
        ids.forEach(this::renewLease);
        return ids.stream().findFirst().map(this::running);
    }

    Running running(UUID id) {
        return jdbc.query("SELECT id, kind, parameters, requested_by FROM bulk_jobs WHERE id = ?",
                (row, index) -> new Running(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("parameters"), row.getString("requested_by")), id).stream().findFirst()
                .orElseThrow(() -> new NotFound("Bulk job", id.toString()));
    }

    void renewLease(UUID jobId) {
        jdbc.update("UPDATE bulk_jobs SET lease_until = ? WHERE id = ?", Timestamp.from(clock.instant().plus(LEASE)), jobId);
    }

    /**
     * Locks the job's first item without a result, for the caller's transaction; an item another
     * instance holds is skipped, so two runners of one job never work on the same item.
     */
    Optional<WorkItem> lockNextPending(UUID jobId) {
        return jdbc.query("""
                SELECT job_id, position, input FROM bulk_job_items WHERE job_id = ? AND status = 'PENDING'
                ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED""",
                (row, index) -> new WorkItem(row.getObject("job_id", UUID.class), row.getInt("position"),
                        row.getString("input")), jobId).stream().findFirst();
    }

    /** Records the result, only while the item has none (a second runner's late write changes nothing). */
    void finish(WorkItem item, Result result) {
        jdbc.update("""
                UPDATE bulk_job_items SET status = ?, outcome = ?, message = ?, detail = ?, finished_at = ?
                WHERE job_id = ? AND position = ? AND status = 'PENDING'""", status(result), result.outcome(),
                truncate(result.message()), detail(result), Timestamp.from(clock.instant()), item.jobId(), item.position());
    }

    /** Completes the job once no item is left without a result (another runner may still hold one). */
    void complete(UUID jobId) {
        jdbc.update("""
                UPDATE bulk_jobs SET status = 'COMPLETED', finished_at = ? WHERE id = ? AND status = 'RUNNING'
                AND NOT EXISTS (SELECT 1 FROM bulk_job_items WHERE job_id = ? AND status = 'PENDING')""",
                Timestamp.from(clock.instant()), jobId, jobId);
    }

    @Transactional(readOnly = true)
    public BulkJob job(UUID id) {
        return jdbc.query("SELECT * FROM bulk_jobs WHERE id = ?", (row, index) -> job(row, true), id).stream()
                .findFirst().orElseThrow(() -> new NotFound("Bulk job", id.toString()));
    }

    @Transactional(readOnly = true)
    public List<BulkJob> jobs(@Nullable String kind, int limit) {
        return jdbc.query("SELECT * FROM bulk_jobs WHERE (CAST(? AS VARCHAR) IS NULL OR kind = ?) ORDER BY created_at DESC LIMIT ?",
                (row, index) -> job(row, false), kind, kind, limit);
    }

    /** Items of unfinished jobs of one kind in one state, for the progress metric. */
    long runningItems(String kind, String status) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM bulk_job_items i JOIN bulk_jobs j ON j.id = i.job_id
                WHERE j.status = 'RUNNING' AND j.kind = ? AND i.status = ?""", Long.class, kind, status);
        return count == null ? 0 : count;
    }

    private BulkJob job(ResultSet row, boolean withItems) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        int total = 0;
        int succeeded = 0;
        int failed = 0;
        for (var count : jdbc.queryForList("SELECT status, count(*) AS n FROM bulk_job_items WHERE job_id = ? GROUP BY status", id)) {
            int n = ((Number) count.get("n")).intValue();
            total += n;
            succeeded += "SUCCEEDED".equals(count.get("status")) ? n : 0;
            failed += "FAILED".equals(count.get("status")) ? n : 0;
        }
        List<BulkJob.Item> items = !withItems ? List.of() : jdbc.query(
                "SELECT * FROM bulk_job_items WHERE job_id = ? ORDER BY position",
                (item, index) -> new BulkJob.Item(item.getInt("position"), item.getObject("source_row", Integer.class),
                        item.getString("reference"), item.getString("status"), item.getString("outcome"),
                        item.getString("message"), read(item.getString("detail"))), id);
        Timestamp finished = row.getTimestamp("finished_at");
        JsonNode parameters = read(row.getString("parameters"));
        return new BulkJob(id, row.getString("kind"), row.getString("status"),
                parameters == null ? json.createObjectNode() : parameters, row.getString("requested_by"),
                row.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(), total,
                succeeded + failed, succeeded, failed, items);
    }

    private @Nullable JsonNode read(@Nullable String text) {
        return text == null ? null : json.readTree(text);
    }

    private @Nullable String detail(Result result) {
        return result.detail() == null ? null : json.writeValueAsString(result.detail());
    }

    private static String status(Result result) {
        return result.succeeded() ? "SUCCEEDED" : "FAILED";
    }

    private static @Nullable String truncate(@Nullable String message) {
        return message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
