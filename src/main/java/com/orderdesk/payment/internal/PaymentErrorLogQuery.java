package com.orderdesk.payment.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import com.orderdesk.payment.PaymentErrorLog;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PaymentErrorLog} read straight from the operations log. */
@Service
class PaymentErrorLogQuery implements PaymentErrorLog {

    private static final String ERRORS = " FROM payment_operations o JOIN payments p ON p.id = o.payment_id"
            + " WHERE o.outcome IN ('DECLINED', 'FAILED', 'UNKNOWN') AND (CAST(? AS VARCHAR) IS NULL OR p.provider = ?)";
    private static final String UNRESOLVED = " FROM payment_operations o JOIN payments p ON p.id = o.payment_id"
            + " WHERE o.resolved_at IS NULL AND (o.completed_at IS NULL OR o.outcome = 'UNKNOWN')"
            + " AND (CAST(? AS VARCHAR) IS NULL OR p.provider = ?)";

    private final JdbcTemplate jdbc;

    PaymentErrorLogQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Page errors(@Nullable String provider, int page, int size) {
        List<FieldError> invalid = new ArrayList<>();
        if (page < 0) {
            invalid.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > 200) {
            invalid.add(new FieldError("size", "must be 1 to 200"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInput(invalid);
        }
        long errorCount = jdbc.queryForObject("SELECT count(*)" + ERRORS, Long.class, provider, provider);
        long unresolvedCount = jdbc.queryForObject("SELECT count(*)" + UNRESOLVED, Long.class, provider, provider);
        List<Entry> errors = jdbc.query("SELECT o.started_at, o.completed_at, p.order_number, p.provider, o.kind,"
                + " o.outcome, o.error_code, o.error_message, o.resolved_at" + ERRORS
                + " ORDER BY COALESCE(o.completed_at, o.started_at) DESC, o.id LIMIT ? OFFSET ?",
                (rs, row) -> new Entry(instant(rs.getTimestamp("completed_at"), rs.getTimestamp("started_at")),
                        rs.getString("order_number"), rs.getString("provider"), rs.getString("kind"),
                        rs.getString("outcome"), rs.getString("error_code"), rs.getString("error_message"),
                        !"UNKNOWN".equals(rs.getString("outcome")) || rs.getTimestamp("resolved_at") != null),
                provider, provider, size, (long) page * size);
        List<Unresolved> unresolved = jdbc.query("SELECT o.started_at, p.order_number, p.provider, o.kind, o.amount,"
                + " o.outcome" + UNRESOLVED + " ORDER BY o.started_at LIMIT 200",
                (rs, row) -> new Unresolved(rs.getTimestamp("started_at").toInstant(), rs.getString("order_number"),
                        rs.getString("provider"), rs.getString("kind"), rs.getLong("amount"), rs.getString("outcome")),
                provider, provider);
        return new Page(errorCount, unresolvedCount, page, size, errors, unresolved);
    }

    private static java.time.Instant instant(@Nullable Timestamp first, Timestamp fallback) {
        return (first != null ? first : fallback).toInstant();
    }
}
