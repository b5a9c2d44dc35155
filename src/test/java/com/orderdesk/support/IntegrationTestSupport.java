package com.orderdesk.support;

import java.time.Duration;
import java.util.Set;

import org.awaitility.Awaitility;
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

    private static EmptyTables tables;

    static {
        // Most awaited conditions hold at once or within a few hundred ms; Awaitility's defaults look
        // first after 100 ms and then every 100 ms, which several hundred awaits a run pay in full.
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
        // Looking at once finds what a listener has not written yet (an empty list, a missing field): a
        // condition that throws then means "not yet", and the last exception is kept if time runs out.
        Awaitility.ignoreExceptionsByDefault();
    }

    @BeforeEach
    void emptyTables() throws InterruptedException {
        if (tables == null) {
            tables = EmptyTables.of(jdbc, Set.of("flyway_schema_history", "operator_accounts"));
        }
        awaitInFlightEventListeners();
        tables.empty(jdbc);
        jdbc.update("DELETE FROM operator_accounts WHERE username <> 'admin'");
    }

    private void awaitInFlightEventListeners() throws InterruptedException {
        long deadline = System.nanoTime() + LISTENER_GRACE.toNanos();
        long inFlight;
        while ((inFlight = inFlightPublications()) > 0) {
            if (System.nanoTime() >= deadline) {
                // Each such test start costs the whole grace: worth a look when a run is slow.
                System.err.printf("%s: %d event publication(s) still in flight after %d s; emptying the tables anyway%n",
                        getClass().getSimpleName(), inFlight, LISTENER_GRACE.toSeconds());
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Publications a listener has not finished yet; FAILED ones stay until resubmitted and are not waited for. */
    private long inFlightPublications() {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND (status IS NULL OR status NOT IN ('FAILED', 'COMPLETED'))", Long.class);
    }
}
