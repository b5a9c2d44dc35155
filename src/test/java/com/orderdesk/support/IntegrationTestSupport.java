package com.orderdesk.support;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of integration tests: every test starts on empty tables (Flyway's history and the
 * bootstrap admin aside), whatever the tests before it left. Event listeners of the previous test
 * that still run asynchronously get a few seconds to finish first, so that the truncation neither
 * deadlocks with them nor pulls their rows away mid-transaction.
 */
@IntegrationTest
public abstract class IntegrationTestSupport {

    private static final Duration LISTENER_GRACE = Duration.ofSeconds(10);

    @Autowired
    protected TestApi api;

    @Autowired
    protected JdbcTemplate jdbc;

    private static List<String> tables;

    @BeforeEach
    void emptyTables() throws InterruptedException {
        if (tables == null) {
            tables = jdbc.queryForList("""
                    SELECT quote_ident(table_name) FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                      AND table_name NOT IN ('flyway_schema_history', 'operator_accounts')""", String.class);
        }
        awaitInFlightEventListeners();
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        jdbc.update("DELETE FROM operator_accounts WHERE username <> 'admin'");
    }

    private void awaitInFlightEventListeners() throws InterruptedException {
        long deadline = System.nanoTime() + LISTENER_GRACE.toNanos();
        while (System.nanoTime() < deadline && inFlightPublications() > 0) {
            Thread.sleep(50);
        }
    }

    /** Publications a listener has not finished yet; FAILED ones stay until resubmitted and are not waited for. */
    private long inFlightPublications() {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND (status IS NULL OR status NOT IN ('FAILED', 'COMPLETED'))", Long.class);
    }
}
