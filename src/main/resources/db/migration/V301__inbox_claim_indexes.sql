-- The inbox worker's claim (InboxWorker.CLAIM_NEXT) walks a provider's open notices in the order
-- they happened and takes the first whose payment has no older open notice. Without an index in
-- that order PostgreSQL checked every open notice and sorted them all for each claim: 243 ms with
-- 8,500 waiting (EXPLAIN ANALYZE, docs/benchmarks.md), so a backlog drained at a few notices a
-- second and claims held the pool's connections. With it the walk stops at the first candidate (the
-- older-notice probe uses payment_notifications_by_payment_idx): 0.16 ms.
CREATE INDEX payment_notifications_claim_order_idx
    ON payment_notifications (provider, (coalesce(occurred_at, received_at)), received_at)
    WHERE status IN ('RECEIVED', 'PROCESSING');

