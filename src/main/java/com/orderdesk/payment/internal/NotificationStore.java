package com.orderdesk.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.NotificationEntry;
import com.orderdesk.payment.PaymentNotifications;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationClassification;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.RejectedNotice;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The webhook inbox table: the webhook route stores into it ({@link NotificationInbox}) what the
 * adapter parsed at ingest, raw body kept for audit; operators list and replay
 * ({@link PaymentNotifications}); the {@link InboxWorker} processes the parsed columns.
 * A duplicate is recognised by the unique (provider, deduplication key) and stored once.
 */
@Component
class NotificationStore implements NotificationInbox, PaymentNotifications {

    static final StringMapConverter HEADERS = new StringMapConverter();

    private final JdbcTemplate jdbc;
    private final InboxWorker worker;
    private final Clock clock;
    private final InboxAppender appender;

    NotificationStore(JdbcTemplate jdbc, InboxWorker worker, Clock clock, InboxAppender appender) {
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
        this.appender = appender;
    }

    /**
     * Appends the notice with what the adapter parsed, durably before it returns (group commit
     * through {@link InboxAppender}); a duplicate is recognised by the unique key and costs one
     * look-up of the stored entry. An ignored notice is stored already IGNORED. Called inside a
     * transaction, the notice joins it instead (stored and processed only if that commits).
     */
    @Override
    public UUID accept(InboundNotification raw, ParsedNotification parsed) {
        Instant now = clock.instant();
        NotificationClassification said = parsed.classification();
        PaymentLocator locator = parsed.locator();
        UUID id = UUID.randomUUID();
        InboxAppender.Row row = new InboxAppender.Row(id, new Object[] {
                id, raw.provider().name(), said.deduplicationKey(),
                locator == null ? null : locator.reference(), locator == null ? null : locator.value(),
                raw.sourceAddress(), HEADERS.convertToDatabaseColumn(raw.headers()), raw.contentType(),
                raw.charset().name(), raw.body(), said.status() == null ? null : said.status().name(),
                said.providerStatus(), said.amount(), timestamp(said.occurredAt()), said.trusted(),
                HEADERS.convertToDatabaseColumn(said.references()),
                said.matchReferences().isEmpty() ? null : HEADERS.convertToDatabaseColumn(said.matchReferences()),
                said.ignored() ? "IGNORED" : "RECEIVED",
                Timestamp.from(now), truncate(said.ignoredBecause()), Timestamp.from(raw.receivedAt()),
                said.ignored() ? Timestamp.from(now) : null});
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        InboxAppender.Stored stored = joined ? appender.insertHere(row) : appender.append(row);
        if (stored == InboxAppender.Stored.NEW) {
            if (!said.ignored()) {
                if (joined) {
                    processSoonAfterCommit();
                } else {
                    worker.wake();
                }
            }
            return id;
        }
        return jdbc.queryForObject("SELECT id FROM payment_notifications WHERE provider = ? AND dedup_key = ?",
                UUID.class, raw.provider().name(), said.deduplicationKey());
    }

    /** A bounded row: no body, no headers, only time, source, reason, size and hash (V220). */
    @Override
    @Transactional
    public UUID reject(RejectedNotice rejected) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO payment_notifications (id, provider, source_address, charset, body_size, body_sha256,
                    status, next_attempt_at, last_error, received_at)
                VALUES (?, ?, ?, '', ?, ?, 'REJECTED', ?, ?, ?)""",
                id, rejected.provider().name(), truncate(rejected.sourceAddress(), 64), rejected.size(),
                rejected.sha256(), Timestamp.from(clock.instant()), truncate(rejected.reason()),
                Timestamp.from(rejected.receivedAt()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NotificationEntry> list(@Nullable String status, int limit) {
        return status == null
                ? jdbc.query("SELECT * FROM payment_notifications ORDER BY received_at DESC LIMIT ?", ENTRY, limit)
                : jdbc.query("SELECT * FROM payment_notifications WHERE status = ? ORDER BY received_at DESC LIMIT ?",
                        ENTRY, status, limit);
    }

    @Override
    @Transactional
    public NotificationEntry replay(UUID id) {
        NotificationEntry entry = find(id);
        if (!entry.status().equals("FAILED") && !entry.status().equals("IGNORED")) {
            throw new StateConflict("notification-not-replayable", "Notification cannot be replayed",
                    "Only FAILED or IGNORED notifications can be replayed; this one is " + entry.status());
        }
        jdbc.update("""
                UPDATE payment_notifications SET status = 'RECEIVED', attempts = 0, next_attempt_at = ?,
                    processed_at = NULL, claimed_until = NULL WHERE id = ?""", Timestamp.from(clock.instant()), id);
        processSoonAfterCommit();
        return find(id);
    }

    /** The poll would find it within a second; this saves that second, off the provider's request. */
    private void processSoonAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        }
    }

    NotificationEntry find(UUID id) {
        return jdbc.query("SELECT * FROM payment_notifications WHERE id = ?", ENTRY, id).stream().findFirst()
                .orElseThrow(() -> new NotFound("Notification", id.toString()));
    }

    static @Nullable String truncate(@Nullable String text) {
        return truncate(text, 2000);
    }

    private static @Nullable String truncate(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<NotificationEntry> ENTRY = (row, index) -> new NotificationEntry(
            row.getObject("id", UUID.class), ProviderCode.stored(row.getString("provider")), row.getString("dedup_key"),
            row.getString("provider_order_id"), row.getString("parsed_status"), row.getString("parsed_provider_status"),
            row.getObject("parsed_amount", Long.class), instant(row, "occurred_at"), row.getString("status"),
            row.getInt("attempts"), instant(row, "next_attempt_at"), row.getString("last_error"),
            row.getString("outcome"), instant(row, "received_at"), instant(row, "processed_at"),
            row.getString("source_address"), row.getObject("body_size", Long.class), row.getString("body_sha256"));
}
