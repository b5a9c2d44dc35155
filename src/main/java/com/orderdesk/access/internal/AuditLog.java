package com.orderdesk.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderdesk.shared.AuditTrail;
import com.orderdesk.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: every change to an operator account, an API key or a personal access token, and,
 * through the shared {@link AuditTrail} port, to provider settings and payment methods; written in
 * the transaction of the change, with who, when, and the state before and after as short text.
 * Secret values never appear: callers describe a password or credential as {@value #MASKED}.
 */
@Component
public class AuditLog implements AuditTrail {

    public static final String MASKED = AuditTrail.MASKED;

    /** One recorded change. */
    public record Entry(UUID id, Instant at, String actor, String subjectType, String subject, String action,
            @Nullable String before, @Nullable String after) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String subjectType, String subject, String action, @Nullable String before,
            @Nullable String after) {
        jdbc.update("""
                INSERT INTO audit_log (id, at, actor, subject_type, subject, action, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), Timestamp.from(clock.instant()),
                CurrentActor.name(), subjectType, subject, action, before, after);
    }

    /** The newest entries first, all of them or those of one subject type. */
    @Transactional(readOnly = true)
    public List<Entry> recent(int limit, @Nullable String subjectType) {
        return jdbc.query("SELECT * FROM audit_log WHERE (CAST(? AS VARCHAR) IS NULL OR subject_type = ?)"
                + " ORDER BY at DESC, id LIMIT ?", (row, index) -> new Entry(
                row.getObject("id", UUID.class), row.getTimestamp("at").toInstant(), row.getString("actor"),
                row.getString("subject_type"), row.getString("subject"), row.getString("action"),
                row.getString("before_state"), row.getString("after_state")), subjectType, subjectType, limit);
    }
}
