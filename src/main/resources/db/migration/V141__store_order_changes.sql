-- The store API's change feed (GET /api/store/orders?updatedSince=…): one row per store order,
-- moved to the end of the feed (a new change_seq) on each of its changes. Writers take a
-- transaction-level advisory lock before drawing change_seq, so change_seq order is commit order:
-- a reader that has seen seq n has seen every committed change below n, and a cursor never skips a
-- change that commits late.
CREATE SEQUENCE store_order_change_seq;

CREATE TABLE store_order_changes (
    order_id   UUID                     NOT NULL PRIMARY KEY,
    store_id   UUID                     NOT NULL,
    change_seq BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX store_order_changes_feed_idx ON store_order_changes (store_id, change_seq);
