package com.orderdesk.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The order_exports table: jobs, their progress and finished files. */
@Repository
class OrderExportStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    OrderExportStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private final RowMapper<OrderExportJob> rows = this::job;

    void insert(UUID id, OrderExportKind kind, OrderExportFilter filter, String requestedBy, Instant now) {
        jdbc.update("""
                INSERT INTO order_exports (id, kind, filter, status, processed, requested_by, created_at)
                VALUES (?, ?, ?, 'QUEUED', 0, ?, ?)""", id, kind.name(), json.writeValueAsString(filter), requestedBy,
                Timestamp.from(now));
    }

    Optional<OrderExportJob> job(UUID id) {
        return jdbc.query("SELECT * FROM order_exports WHERE id = ?", rows, id).stream().findFirst();
    }

    List<OrderExportJob> recent(int limit) {
        return jdbc.query("SELECT * FROM order_exports ORDER BY created_at DESC LIMIT ?", rows, limit);
    }

    /** The finished file, when the job is DONE. */
    Optional<byte[]> content(UUID id) {
        return jdbc.query("SELECT content FROM order_exports WHERE id = ? AND status = 'DONE'",
                (rs, row) -> rs.getBytes("content"), id).stream().findFirst();
    }

    /**
     * Takes the oldest waiting job — QUEUED, or RUNNING under a lease that has passed (its worker
     * died) — for this worker until {@code leaseUntil}; SKIP LOCKED keeps other instances off it.
     */
    Optional<OrderExportJob> claim(Instant now, Instant leaseUntil) {
        return jdbc.query("""
                UPDATE order_exports SET status = 'RUNNING', processed = 0, lease_until = ?
                 WHERE id = (SELECT id FROM order_exports
                              WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < ?)
                              ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING *""", rows, Timestamp.from(leaseUntil), Timestamp.from(now)).stream().findFirst();
    }

    void progress(UUID id, int total, int processed, Instant leaseUntil) {
        jdbc.update("UPDATE order_exports SET total = ?, processed = ?, lease_until = ? WHERE id = ?", total, processed,
                Timestamp.from(leaseUntil), id);
    }

    void done(UUID id, byte[] content, int rows, Instant now) {
        jdbc.update("""
                UPDATE order_exports SET status = 'DONE', content = ?, row_count = ?, processed = total,
                    lease_until = NULL, finished_at = ? WHERE id = ?""", content, rows, Timestamp.from(now), id);
    }

    void failed(UUID id, String error, Instant now) {
        jdbc.update("""
                UPDATE order_exports SET status = 'FAILED', error = ?, lease_until = NULL, finished_at = ?
                WHERE id = ?""", error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(now), id);
    }

    private OrderExportJob job(ResultSet rs, int row) throws SQLException {
        return new OrderExportJob(rs.getObject("id", UUID.class), OrderExportKind.valueOf(rs.getString("kind")),
                rs.getString("status"),
                (Integer) rs.getObject("total"), rs.getInt("processed"), (Integer) rs.getObject("row_count"),
                rs.getString("error"), json.readValue(rs.getString("filter"), OrderExportFilter.class),
                rs.getString("requested_by"), instant(rs, "created_at"), instant(rs, "finished_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
