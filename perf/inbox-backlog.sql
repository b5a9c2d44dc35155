-- A backlog of DSK 入金速報 notices, stored exactly as the webhook stores them (RECEIVED, parsed,
-- waiting for the inbox worker), for the payments perf/load-dsk-payments.sh made: notices :first..:last.
-- Stored at once, so what the drain measures is the inbox worker alone (claim, apply, events), not
-- ingest. Then read the drain rate with perf/inbox-lag.sql (applied_per_s) and compare it with the
-- ingest rate of the same run (perf/ingest.sh dsk …).
--   psql -v first=50001 -v last=150000 -f perf/inbox-backlog.sql orderdesk_perf
INSERT INTO payment_notifications (id, provider, dedup_key, provider_order_id, source_address, headers, content_type,
        charset, body, parsed_status, parsed_provider_status, parsed_amount, occurred_at, trusted, status, attempts,
        next_attempt_at, locator_reference, parsed_references, match_references, received_at)
SELECT gen_random_uuid(), 'DSK', 'P' || n || ':1:20261129120000', 'PERF' || n, '127.0.0.1', '{}',
       'application/x-www-form-urlencoded', 'windows-31j',
       convert_to('datakbn=1&dskid=P' || n || '&orderid=PERF' || n
                  || '&amount=1000&paydate=20261129120000&conveni=010&receiptno=R' || n, 'UTF8'),
       'PAID', '入金済み', 1000, timestamptz '2026-11-29 03:00:00+00', false, 'RECEIVED', 0, now(), 'orderid',
       '{"datakbn":"1","paydate":"20261129120000","receiptno":"R' || n || '","conveni":"010"}',
       '{"dskid":"P' || n || '"}', clock_timestamp()
FROM generate_series(:first, :last) n;
