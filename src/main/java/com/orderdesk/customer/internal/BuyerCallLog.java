package com.orderdesk.customer.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.orderdesk.customer.ScreeningAnswer;
import com.orderdesk.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every call to the buyer-screening provider, written before it is made (outcome {@code SENDING})
 * and completed after, each in its own statement outside any business transaction, so a crash
 * between the two is visible. Never holds the application's data, only what was asked and answered.
 */
@Component
public class BuyerCallLog {

    /** One logged call, newest first in {@link #of}. */
    public record Entry(UUID id, String buyerId, String call, String outcome, @Nullable String status,
            @Nullable String errorCode, @Nullable String message, @Nullable String actor, java.time.Instant startedAt,
            java.time.@Nullable Instant finishedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    BuyerCallLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public UUID sending(UUID customerId, String buyerId, String call) {
        UUID id = UUID.randomUUID();
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                insert into customer_buyer_calls (id, customer_id, buyer_id, call, outcome, actor, started_at)
                values (?, ?, ?, ?, 'SENDING', ?, ?)""")
                .params(id, customerId, buyerId, call, CurrentActor.name(), java.sql.Timestamp.from(clock.instant()))
                .update());
        return id;
    }

    public void answered(UUID id, ScreeningAnswer answer) {
        String message = answer.message();
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                update customer_buyer_calls set outcome = ?, status = ?, error_code = ?, message = ?, finished_at = ?
                where id = ?""")
                .params(answer.outcome().name(), answer.status(), answer.errorCode(),
                        message == null ? null : message.length() > 1000 ? message.substring(0, 1000) : message,
                        java.sql.Timestamp.from(clock.instant()), id)
                .update());
    }

    public List<Entry> of(UUID customerId) {
        return jdbc.sql("""
                select id, buyer_id, call, outcome, status, error_code, message, actor, started_at, finished_at
                from customer_buyer_calls where customer_id = ? order by started_at desc, id""")
                .param(customerId)
                .query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getString("buyer_id"),
                        rs.getString("call"), rs.getString("outcome"), rs.getString("status"),
                        rs.getString("error_code"), rs.getString("message"), rs.getString("actor"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
                .list();
    }
}
