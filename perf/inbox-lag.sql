-- Inbox lag: from a notice being stored (received_at) to its being applied (processed_at), for the
-- notices of one provider received since :since. Used by perf/inbox-lag.sh:
--   psql -v since="'2026-11-29T23:00:00Z'" -v provider="'GMO_PG'" -f perf/inbox-lag.sql orderdesk_perf
SELECT count(*)                                                                   AS notices,
       count(*) FILTER (WHERE status = 'PROCESSED')                               AS processed,
       count(*) FILTER (WHERE status NOT IN ('PROCESSED', 'IGNORED'))             AS not_applied,
       round((percentile_cont(0.50) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - received_at)) * 1000)::numeric, 1) AS p50_ms,
       round((percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - received_at)) * 1000)::numeric, 1) AS p95_ms,
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM processed_at - received_at)) * 1000)::numeric, 1) AS p99_ms,
       round((max(extract(epoch FROM processed_at - received_at)) * 1000)::numeric, 1)                                         AS max_ms,
       round((count(*) / nullif(extract(epoch FROM max(received_at) - min(received_at)), 0))::numeric, 1)                      AS arrivals_per_s,
       round((count(*) FILTER (WHERE processed_at IS NOT NULL)
              / nullif(extract(epoch FROM max(processed_at) - min(received_at)), 0))::numeric, 1)                             AS applied_per_s
FROM payment_notifications
WHERE received_at >= :since::timestamptz AND provider = :provider;
