package com.orderdesk.integration.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.internal.settings.EncryptedSecret;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhook tables: endpoints, deliveries (one event for one endpoint) and their attempts. */
@Repository
class WebhookStore {

    private final JdbcTemplate jdbc;

    WebhookStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- endpoints

    void insert(WebhookEndpoint endpoint) {
        jdbc.update("""
                INSERT INTO webhook_endpoints (id, url, description, event_types, store_id, secret_key_id, secret_iv,
                    secret_ciphertext, enabled, consecutive_failures, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", endpoint.id(), endpoint.url(), endpoint.description(),
                String.join(",", endpoint.eventTypes()), endpoint.storeId(), endpoint.secret().keyId(),
                endpoint.secret().iv(), endpoint.secret().ciphertext(), endpoint.enabled(), endpoint.createdBy(),
                Timestamp.from(endpoint.createdAt()));
    }

    Optional<WebhookEndpoint> endpoint(UUID id) {
        return jdbc.query("SELECT * FROM webhook_endpoints WHERE id = ?", WebhookStore::endpoint, id).stream().findFirst();
    }

    /** The endpoint, locked until the transaction ends (a change checks its version against this). */
    Optional<WebhookEndpoint> lockEndpoint(UUID id) {
        return jdbc.query("SELECT * FROM webhook_endpoints WHERE id = ? FOR UPDATE", WebhookStore::endpoint, id).stream()
                .findFirst();
    }

    List<WebhookEndpoint> endpoints() {
        return jdbc.query("SELECT * FROM webhook_endpoints ORDER BY created_at", WebhookStore::endpoint);
    }

    List<WebhookEndpoint> enabledEndpoints() {
        return jdbc.query("SELECT * FROM webhook_endpoints WHERE enabled", WebhookStore::endpoint);
    }

    void update(UUID id, String url, @Nullable String description, List<String> eventTypes) {
        jdbc.update("""
                UPDATE webhook_endpoints SET url = ?, description = ?, event_types = ?, version = version + 1
                WHERE id = ?""", url,
                description, String.join(",", eventTypes), id);
    }

    void enable(UUID id) {
        jdbc.update("""
                UPDATE webhook_endpoints SET enabled = true, disabled_reason = NULL, disabled_at = NULL,
                    consecutive_failures = 0, version = version + 1 WHERE id = ?""", id);
    }

    void disable(UUID id, String reason, Instant at) {
        jdbc.update("""
                UPDATE webhook_endpoints SET enabled = false, disabled_reason = ?, disabled_at = ?, version = version + 1
                WHERE id = ?""",
                reason, Timestamp.from(at), id);
    }

    void delete(UUID id) {
        jdbc.update("DELETE FROM webhook_endpoints WHERE id = ?", id);
    }

    /** Counts one more failed attempt in a row; returns the new count. */
    int countFailure(UUID id) {
        return jdbc.queryForObject("""
                UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = ?
                RETURNING consecutive_failures""", Integer.class, id);
    }

    void resetFailures(UUID id) {
        jdbc.update("UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures > 0", id);
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"),
                Arrays.asList(rs.getString("event_types").split(",")), rs.getObject("store_id", UUID.class),
                new EncryptedSecret(rs.getString("secret_key_id"), rs.getBytes("secret_iv"),
                        rs.getBytes("secret_ciphertext")),
                rs.getBoolean("enabled"), rs.getString("disabled_reason"), instant(rs, "disabled_at"),
                rs.getInt("consecutive_failures"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getLong("version"));
    }

    // --- deliveries

    /** A delivery, as the dispatcher sends it and the log shows it. */
    record Delivery(UUID id, UUID endpointId, UUID eventId, String eventType, String orderNumber, String payload,
            String status, int attempts, int attemptLimit, @Nullable Instant nextAttemptAt, Instant createdAt,
            @Nullable Instant deliveredAt) {
    }

    /** One attempt of the delivery log. */
    record Attempt(int attempt, Instant startedAt, long latencyMs, @Nullable Integer responseStatus,
            @Nullable String error, @Nullable String responseExcerpt) {
    }

    /** Adds the delivery unless this endpoint already has one for the event (a redelivered event). */
    void enqueue(UUID endpointId, UUID eventId, String eventType, String orderNumber, String payload, int attemptLimit,
            Instant now) {
        jdbc.update("""
                INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, order_number, payload, status,
                    attempts, attempt_limit, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)
                ON CONFLICT (endpoint_id, event_id) DO NOTHING""", UUID.randomUUID(), endpointId, eventId, eventType,
                orderNumber, payload, attemptLimit, Timestamp.from(now), Timestamp.from(now));
    }

    /** A cheap look that touches one table only, so the idle poll holds no locks that could meet a DDL's. */
    boolean anyDue(Instant now) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= ?)""",
                Boolean.class, Timestamp.from(now)));
    }

    /**
     * Claims due deliveries of enabled endpoints for one attempt: pushes their next attempt past
     * {@code leaseUntil}, so a crash mid-send only delays them to then (SKIP LOCKED keeps other
     * instances off the same rows).
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.query("""
                UPDATE webhook_deliveries SET next_attempt_at = ?
                 WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                               WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND e.enabled
                               ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED)
                RETURNING *""", WebhookStore::delivery, Timestamp.from(leaseUntil), Timestamp.from(now), limit);
    }

    Optional<Delivery> delivery(UUID endpointId, UUID deliveryId) {
        return jdbc.query("SELECT * FROM webhook_deliveries WHERE id = ? AND endpoint_id = ?", WebhookStore::delivery,
                deliveryId, endpointId).stream().findFirst();
    }

    List<Delivery> deliveries(UUID endpointId, @Nullable String status, int limit) {
        return jdbc.query("""
                SELECT * FROM webhook_deliveries WHERE endpoint_id = ? AND (CAST(? AS VARCHAR) IS NULL OR status = ?)
                ORDER BY created_at DESC LIMIT ?""", WebhookStore::delivery, endpointId, status, status, limit);
    }

    void recordAttempt(UUID deliveryId, Attempt attempt) {
        jdbc.update("""
                INSERT INTO webhook_attempts (delivery_id, attempt, started_at, latency_ms, response_status, error,
                    response_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?)""", deliveryId, attempt.attempt(),
                Timestamp.from(attempt.startedAt()), attempt.latencyMs(), attempt.responseStatus(), attempt.error(),
                attempt.responseExcerpt());
    }

    List<Attempt> attempts(UUID deliveryId) {
        return jdbc.query("SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt, id",
                (rs, row) -> new Attempt(rs.getInt("attempt"), instant(rs, "started_at"), rs.getLong("latency_ms"),
                        (Integer) rs.getObject("response_status"), rs.getString("error"),
                        rs.getString("response_excerpt")), deliveryId);
    }

    void delivered(UUID deliveryId, int attempts, Instant at) {
        jdbc.update("""
                UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = ?, delivered_at = ?, next_attempt_at = NULL
                WHERE id = ?""", attempts, Timestamp.from(at), deliveryId);
    }

    /** A failed attempt: retried at {@code retryAt}, or given up (FAILED) when null. */
    void failed(UUID deliveryId, int attempts, @Nullable Instant retryAt) {
        jdbc.update("UPDATE webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ? WHERE id = ?",
                retryAt == null ? "FAILED" : "PENDING", attempts, retryAt == null ? null : Timestamp.from(retryAt),
                deliveryId);
    }

    /** Manual replay: one more attempt now, whatever the delivery's state. */
    void replay(UUID deliveryId, Instant now) {
        jdbc.update("""
                UPDATE webhook_deliveries SET status = 'PENDING', attempt_limit = attempts + 1, next_attempt_at = ?
                WHERE id = ?""", Timestamp.from(now), deliveryId);
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("order_number"),
                rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"), rs.getInt("attempt_limit"),
                instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "delivered_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
