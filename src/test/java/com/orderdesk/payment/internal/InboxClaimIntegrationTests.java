package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The inbox worker's claim stays one index walk however long the backlog: it must not check and
 * sort every waiting notice (243 ms per claim at 8,500 waiting before V301, a drain of a few
 * notices per second).
 */
class InboxClaimIntegrationTests extends IntegrationTestSupport {

    @Test
    void theClaimWalksTheOrderIndexInsteadOfSortingTheBacklog() {
        // 20,000 open notices of 20,000 payments, due tomorrow so that the running worker leaves them be.
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        jdbc.update("""
                INSERT INTO payment_notifications (id, provider, dedup_key, locator_reference, provider_order_id,
                    source_address, headers, content_type, charset, body, parsed_status, occurred_at, trusted,
                    status, next_attempt_at, received_at)
                SELECT gen_random_uuid(), 'GMO_PG', 'backlog-' || n, 'providerOrderId', 'OD-' || n || '-1',
                    '127.0.0.1', '{}', 'text/plain', 'UTF-8', '\\x00', 'CAPTURED', now() - n * interval '1 second',
                    false, 'RECEIVED', ?, now()
                FROM generate_series(1, 20000) n""", Timestamp.from(tomorrow));
        jdbc.execute("ANALYZE payment_notifications");

        Timestamp later = Timestamp.from(tomorrow.plus(Duration.ofHours(1)));
        List<String> plan = jdbc.queryForList("EXPLAIN " + InboxWorker.CLAIM_NEXT, String.class, "GMO_PG", later, later);

        String text = String.join("\n", plan);
        assertThat(text).contains("Index Scan using payment_notifications_claim_order_idx");
        assertThat(text).doesNotContain("Sort");
    }

    /**
     * Statistics from when the inbox was empty (a new install, or PostgreSQL without autovacuum, as on
     * the perf machine) must not turn the claim quadratic: the check for an older open notice of the
     * same payment is an index lookup keyed by each candidate, never a walk of every open notice per
     * candidate (a claim took 14 s at 30,000 waiting DSK notices, and the drain ran at a few per second).
     */
    @Test
    void theOlderNoticeCheckIsALookupPerCandidateEvenWithStatisticsOfAnEmptyInbox() {
        jdbc.execute("ANALYZE payment_notifications");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        jdbc.update("""
                INSERT INTO payment_notifications (id, provider, dedup_key, locator_reference, provider_order_id,
                    source_address, headers, content_type, charset, body, parsed_status, occurred_at, trusted,
                    status, next_attempt_at, received_at)
                SELECT gen_random_uuid(), 'DSK', 'stale-' || n, 'orderid', 'PERF' || n,
                    '127.0.0.1', '{}', 'text/plain', 'UTF-8', '\\x00', 'CAPTURED', now() - n * interval '1 second',
                    false, 'RECEIVED', ?, now()
                FROM generate_series(1, 20000) n""", Timestamp.from(tomorrow));

        Timestamp later = Timestamp.from(tomorrow.plus(Duration.ofHours(1)));
        String plan = String.join("\n",
                jdbc.queryForList("EXPLAIN " + InboxWorker.CLAIM_NEXT, String.class, "DSK", later, later));

        assertThat(plan).contains("Index Scan using payment_notifications_claim_order_idx");
        // Run per candidate with the candidate's own keys: an index condition on n's columns, and no join.
        assertThat(plan).as(plan).contains("SubPlan").doesNotContain("Join")
                .containsPattern("SubPlan 1\\n[^\\n]*Index Scan[^\\n]*\\n[^\\n]*Index Cond: [^\\n]*= \\(n\\.provider\\)");
    }
}
