package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Group commit of the webhook inbox: concurrent notices share commits, each caller returns only
 * once its row is committed, duplicates are recognised inside and across batches, and one bad row
 * does not cost the others their place. Rows are stored IGNORED so the inbox worker leaves them be.
 */
class InboxAppenderIntegrationTests extends IntegrationTestSupport {

    @Autowired
    InboxAppender appender;

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void concurrentNoticesShareCommitsAndAreAllStored() throws Exception {
        int notices = 400;
        long commitsBefore = commits();
        List<Future<InboxAppender.Stored>> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < notices; i++) {
                String key = "burst-" + i;
                results.add(callers.submit(() -> appender.append(row(key, "GMO_PG"))));
            }
        }
        for (Future<InboxAppender.Stored> result : results) {
            assertThat(result.get()).isEqualTo(InboxAppender.Stored.NEW);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE dedup_key LIKE 'burst-%'",
                Long.class)).isEqualTo(notices);
        // One transaction per notice would be 400 commits (plus the app's own background work).
        assertThat(commits() - commitsBefore).isLessThan(notices / 2);
    }

    @Test
    void theCallerReturnsOnlyOnceTheRowIsCommitted() {
        InboxAppender.Row row = row("durable-1", "GMO_PG");

        assertThat(appender.append(row)).isEqualTo(InboxAppender.Stored.NEW);

        // Another connection, outside any transaction of the app: the row is there already.
        try (SingleConnectionDataSource other = new SingleConnectionDataSource(database.getJdbcUrl(),
                database.getUsername(), database.getPassword(), true)) {
            assertThat(new JdbcTemplate(other).queryForObject(
                    "SELECT count(*) FROM payment_notifications WHERE id = ?", Long.class, row.id())).isEqualTo(1);
        }
    }

    @Test
    void aDuplicateIsRecognisedInsideAndAcrossBatches() throws Exception {
        List<Future<InboxAppender.Stored>> results = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                results.add(callers.submit(() -> appender.append(row("same-key", "GMO_PG"))));
            }
        }
        long stored = 0;
        for (Future<InboxAppender.Stored> result : results) {
            stored += result.get() == InboxAppender.Stored.NEW ? 1 : 0;
        }
        assertThat(stored).isEqualTo(1);
        assertThat(appender.append(row("same-key", "GMO_PG"))).isEqualTo(InboxAppender.Stored.DUPLICATE);
        assertThat(appender.append(row("same-key", "DSK"))).isEqualTo(InboxAppender.Stored.NEW);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE dedup_key = 'same-key'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void aBadRowFailsAloneAndTheOthersAreStored() throws Exception {
        List<Future<InboxAppender.Stored>> good = new ArrayList<>();
        Future<InboxAppender.Stored> bad;
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                String key = "mixed-" + i;
                good.add(callers.submit(() -> appender.append(row(key, "GMO_PG"))));
            }
            // A provider name longer than its column: this row can never be stored.
            bad = callers.submit(() -> appender.append(row("mixed-bad", "X".repeat(500))));
        }
        for (Future<InboxAppender.Stored> result : good) {
            assertThat(result.get()).isEqualTo(InboxAppender.Stored.NEW);
        }
        Future<InboxAppender.Stored> failed = bad;
        assertThatThrownBy(failed::get).hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE dedup_key LIKE 'mixed-%'",
                Long.class)).isEqualTo(100);
    }

    private long commits() {
        return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_get_db_xact_commit((SELECT oid FROM pg_database"
                + " WHERE datname = current_database())) AS xact_commit", Long.class);
    }

    private static InboxAppender.Row row(String key, String provider) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        return new InboxAppender.Row(id, new Object[] {id, provider, key, null, null, "127.0.0.1", "{}",
                "application/x-www-form-urlencoded", "UTF-8", "a=b".getBytes(), null, null, null, null, false, "{}",
                null, "IGNORED", now, "test row", now, now});
    }
}
