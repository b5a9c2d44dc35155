package com.orderdesk.integration.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store orders' change feed, one row per order holding the position of its latest change.
 * Positions are drawn under a transaction-level advisory lock, so they are handed out in commit
 * order: when a reader sees position n, every change with a smaller position has committed before
 * it (PostgreSQL makes a transaction visible before it releases its locks). A plain sequence or
 * timestamp would not do: a transaction that drew an earlier value but commits later would land
 * behind a cursor that already moved past it, and its change would be skipped for good.
 */
@Repository
class OrderChangeFeed {

    /** Any fixed number: the advisory lock that orders the feed's writers. */
    private static final long FEED_LOCK = 0x0D_C4A6_E5L;

    private static final String MOVE_TO_END = """
            INSERT INTO store_order_changes (order_id, store_id, change_seq, changed_at)
            VALUES (?, ?, nextval('store_order_change_seq'), ?)
            ON CONFLICT (order_id) DO UPDATE SET change_seq = EXCLUDED.change_seq, changed_at = EXCLUDED.changed_at""";

    private static final String PAGE = """
            SELECT order_id, change_seq, changed_at FROM store_order_changes
             WHERE store_id = ? AND changed_at >= ? AND change_seq > ?
             ORDER BY change_seq LIMIT ?""";

    private final JdbcTemplate jdbc;

    OrderChangeFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One order's latest change in the feed. */
    record Entry(UUID orderId, long position, Instant changedAt) {
    }

    /**
     * Moves the order to the end of its store's feed. Must run inside the transaction that makes the
     * change visible and as its last write: the lock is held until that transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID orderId, UUID storeId, Instant changedAt) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, FEED_LOCK);
        jdbc.update(MOVE_TO_END, orderId, storeId, Timestamp.from(changedAt));
    }

    /** Up to {@code limit} entries of the store after {@code afterPosition}, changed at or after {@code since}. */
    @Transactional(readOnly = true)
    List<Entry> after(UUID storeId, Instant since, long afterPosition, int limit) {
        return jdbc.query(PAGE, (rs, row) -> new Entry(rs.getObject("order_id", UUID.class), rs.getLong("change_seq"),
                rs.getTimestamp("changed_at").toInstant()), storeId, Timestamp.from(since), afterPosition, limit);
    }
}
