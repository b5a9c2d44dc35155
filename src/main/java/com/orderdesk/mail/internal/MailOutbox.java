package com.orderdesk.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox (table mail_messages): queued mails, claimed one at a time with
 * {@code FOR UPDATE SKIP LOCKED} so that any number of instances send side by side and never the
 * same mail, and kept afterwards as the mail log.
 */
@Repository
class MailOutbox {

    private static final String COLUMNS = """
            id, order_number, order_id, trigger_event, subject_ref, template_code, language, template_version,
            draft_subject, draft_body, operator_message, bulk_job_id, resend_of, recipient, subject, body, charset,
            status, attempts, next_attempt_at, last_error, note, queued_by, created_at, finished_at""";

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A mail to queue; {@code dedupKey} makes queueing it again a no-op.
     *
     * @param bulkPosition the order's place in its bulk job's selection
     */
    record NewMail(UUID id, @Nullable String dedupKey, String orderNumber, @Nullable UUID orderId, MailTrigger trigger,
            @Nullable String subjectRef, @Nullable String templateCode, String language, @Nullable String draftSubject,
            @Nullable String draftBody, @Nullable String operatorMessage, @Nullable UUID bulkJobId,
            @Nullable Integer bulkPosition, String queuedBy, Instant at) {
    }

    /** Queues the mail unless one with its dedup key exists; true when queued now. */
    boolean enqueue(NewMail mail) {
        return jdbc.sql("""
                INSERT INTO mail_messages (id, dedup_key, order_number, order_id, trigger_event, subject_ref,
                    template_code, language, draft_subject, draft_body, operator_message, bulk_job_id, bulk_position,
                    status, next_attempt_at, queued_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
                ON CONFLICT (dedup_key) DO NOTHING""")
                .params(mail.id(), mail.dedupKey(), mail.orderNumber(), mail.orderId(), mail.trigger().name(),
                        mail.subjectRef(), mail.templateCode(), mail.language(), mail.draftSubject(), mail.draftBody(),
                        mail.operatorMessage(), mail.bulkJobId(), mail.bulkPosition(), Timestamp.from(mail.at()),
                        mail.queuedBy(), Timestamp.from(mail.at()))
                .update() == 1;
    }

    /** Copies a rendered mail as a new queued one (a resend: the same text again). */
    void enqueueCopy(UUID id, MailMessage original, String queuedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO mail_messages (id, order_number, order_id, trigger_event, subject_ref, template_code,
                    language, template_version, draft_subject, draft_body, operator_message, resend_of, recipient,
                    subject, body, status, next_attempt_at, queued_by, created_at)
                SELECT ?, order_number, order_id, trigger_event, subject_ref, template_code, language,
                    template_version, draft_subject, draft_body, operator_message, id, recipient, subject, body,
                    'QUEUED', ?, ?, ?
                FROM mail_messages WHERE id = ?""")
                .params(id, Timestamp.from(at), queuedBy, Timestamp.from(at), original.id()).update();
    }

    /** The next due mail, locked for this transaction; others skip it. */
    Optional<MailMessage> claimDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM mail_messages WHERE status = 'QUEUED' AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now)).query(MailOutbox::message).optional();
    }

    void rendered(UUID id, UUID orderId, @Nullable Integer templateVersion, String recipient, String subject,
            String body) {
        jdbc.sql("""
                UPDATE mail_messages SET order_id = ?, template_version = ?, recipient = ?, subject = ?, body = ?
                WHERE id = ?""").params(orderId, templateVersion, recipient, subject, body, id).update();
    }

    /** Sent (or kept as SANDBOX) with the message source as it went out. */
    void delivered(UUID id, String status, int attempts, String charset, String rawSource, @Nullable String note,
            Instant at) {
        jdbc.sql("""
                UPDATE mail_messages SET status = ?, attempts = ?, charset = ?, raw_mime = ?, note = ?, last_error = NULL,
                    finished_at = ? WHERE id = ?""")
                .params(status, attempts, charset, rawSource, note, Timestamp.from(at), id).update();
    }

    void retryLater(UUID id, int attempts, Instant next, String error) {
        jdbc.sql("UPDATE mail_messages SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(attempts, Timestamp.from(next), truncate(error), id).update();
    }

    /** Not an attempt: the mail waits for data that is on its way (the payment page). */
    void postpone(UUID id, Instant next) {
        jdbc.sql("UPDATE mail_messages SET next_attempt_at = ? WHERE id = ?").params(Timestamp.from(next), id).update();
    }

    void failed(UUID id, int attempts, String error, Instant at) {
        jdbc.sql("UPDATE mail_messages SET status = 'FAILED', attempts = ?, last_error = ?, finished_at = ? WHERE id = ?")
                .params(attempts, truncate(error), Timestamp.from(at), id).update();
    }

    void orderFound(UUID id, UUID orderId) {
        jdbc.sql("UPDATE mail_messages SET order_id = ? WHERE id = ?").params(orderId, id).update();
    }

    void note(UUID id, String note) {
        jdbc.sql("UPDATE mail_messages SET note = ? WHERE id = ?").params(truncate(note), id).update();
    }

    Optional<MailMessage> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_messages WHERE id = ?").param(id)
                .query(MailOutbox::message).optional();
    }

    Optional<String> rawSource(UUID id) {
        return jdbc.sql("SELECT raw_mime FROM mail_messages WHERE id = ? AND raw_mime IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    /** Newest first, filtered by whatever is given. */
    List<MailMessage> search(@Nullable String status, @Nullable String orderNumber, @Nullable UUID bulkJobId, int limit,
            int offset) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM mail_messages WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status);
        }
        if (orderNumber != null) {
            sql.append(" AND order_number = ?");
            params.add(orderNumber);
        }
        if (bulkJobId != null) {
            sql.append(" AND bulk_job_id = ?");
            params.add(bulkJobId);
        }
        sql.append(bulkJobId != null ? " ORDER BY bulk_position" : " ORDER BY created_at DESC, id");
        sql.append(" LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(MailOutbox::message).list();
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static MailMessage message(ResultSet rs, int row) throws SQLException {
        return new MailMessage(rs.getObject("id", UUID.class), rs.getString("order_number"),
                rs.getObject("order_id", UUID.class), MailTrigger.valueOf(rs.getString("trigger_event")),
                rs.getString("subject_ref"), rs.getString("template_code"), rs.getString("language"),
                (Integer) rs.getObject("template_version"), rs.getString("draft_subject"), rs.getString("draft_body"),
                rs.getString("operator_message"), rs.getObject("bulk_job_id", UUID.class),
                rs.getObject("resend_of", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getString("charset"), rs.getString("status"), rs.getInt("attempts"),
                MailTemplateStore.instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("note"),
                rs.getString("queued_by"), MailTemplateStore.instant(rs, "created_at"),
                MailTemplateStore.instant(rs, "finished_at"));
    }
}
