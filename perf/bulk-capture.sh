#!/usr/bin/env bash
# Bulk capture of N card orders against the GMO-PG simulator answering in LATENCY_MS, with the
# provider's bulkCaptureConcurrency set to CONCURRENCY, and the ceilings of the same run
# (perf/ceilings.sh). Issue 16's target: duration ≤ 1.25 × N × latency ÷ concurrency; 0 double
# captures (checked in the ledger and in the operations log).
#
# The app must listen on $BASE against $DB, started with the simulator's latency, e.g.
#   java -jar target/orderdesk-0.1.0-SNAPSHOT.jar --server.port=18080 --orderdesk.sandbox.faults.gmo-pg.latency=200ms
#   perf/bulk-capture.sh [N=10000] [CONCURRENCY=20] [LATENCY_MS=200]
# The N orders are placed first through POST /api/store/checkout (the simulator must authorise
# them: its state is in memory, so orders loaded by SQL cannot be captured there), each with its own
# one-time card token (the simulator refuses a used one, EX1000301). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}; CONCURRENCY=${2:-20}; LATENCY_MS=${3:-200}
BASE=${BASE:-http://127.0.0.1:18080}; DB=${DB:-orderdesk_perf}; ADMIN=${ADMIN:-admin:perf-admin-password}
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 1;; esac
OUT=target/perf; mkdir -p "$OUT"
PSQL=(psql -X -q -tA -h 127.0.0.1 -U postgres -d "$DB")

KEY=$(perf/setup.sh "$BASE" | sed 's/^-Dperf.apiKey=//')
etag=$(curl -s -o /dev/null -D - -u "$ADMIN" "$BASE/api/admin/providers/gmo-pg/settings" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
curl -s -f -o /dev/null -u "$ADMIN" -X PUT -H 'Content-Type: application/json' ${etag:+-H "If-Match: $etag"} \
  "$BASE/api/admin/providers/gmo-pg/settings" \
  -d "{\"enabled\": true, \"environment\": \"SANDBOX\", \"options\": {\"bulkCaptureConcurrency\": \"$CONCURRENCY\"}}"

sed -n '/CHECKOUT = """/,/""";/p' src/perf/java/com/orderdesk/perf/StoreCheckoutSimulation.java | sed '1d; s/""";$//' > "$OUT/checkout.json"
echo "placing $N card orders ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
placed_from=$(date +%s)
export KEY BASE OUT
seq "$N" | xargs -P 16 -n 25 sh -c 'for i in "$@"; do
    sed "s/#{randomUuid()}/$$-$i/" "$OUT/checkout.json" \
      | curl -s -H "X-Api-Key: $KEY" -H "Content-Type: application/json" -d @- "$BASE/api/store/checkout" \
      | jq -r ".order.number // empty"; done' _ > "$OUT/bulk-orders.txt"
placed=$(wc -l < "$OUT/bulk-orders.txt")
echo "placed $placed in $(( $(date +%s) - placed_from )) s"
authorized=$("${PSQL[@]}" -c "SELECT count(*) FROM payments WHERE status = 'AUTHORIZED' AND order_number IN ($(sed "s/.*/'&'/" "$OUT/bulk-orders.txt" | paste -sd,))")
echo "authorized $authorized"

perf/ceilings.sh "$BASE" "$DB"
jq -R . "$OUT/bulk-orders.txt" | jq -s '{orderNumbers: .}' > "$OUT/bulk-request.json"
job=$(curl -s -u "$ADMIN" -H 'Content-Type: application/json' -H "Idempotency-Key: perf-$(date +%s%N)" \
  "$BASE/api/admin/payments/bulk-capture" -d @"$OUT/bulk-request.json" | jq -r .id)
echo "job $job started ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
until [ "$("${PSQL[@]}" -c "SELECT status FROM bulk_capture_jobs WHERE id = '$job'")" = COMPLETED ]; do sleep 2; done
"${PSQL[@]}" -F' ' -c "
  SELECT 'bulk-capture n', count(*), 'succeeded', count(*) FILTER (WHERE i.status = 'SUCCEEDED'),
         'seconds', round(extract(epoch FROM j.finished_at - j.created_at)::numeric, 1),
         'target-seconds', round(1.25 * $N * $LATENCY_MS / 1000.0 / $CONCURRENCY, 1),
         'ratio-to-ideal', round((extract(epoch FROM j.finished_at - j.created_at) / ($N * $LATENCY_MS / 1000.0 / $CONCURRENCY))::numeric, 2)
  FROM bulk_capture_jobs j JOIN bulk_capture_items i ON i.job_id = j.id WHERE j.id = '$job' GROUP BY j.id"
"${PSQL[@]}" -F' ' -c "
  SELECT 'ledger: payments captured more than once', count(*) FROM (
    SELECT payment_id FROM payment_ledger WHERE kind = 'CAPTURE' GROUP BY payment_id HAVING count(*) > 1) twice
  UNION ALL
  SELECT 'operations: payments with more than one succeeded capture call', count(*) FROM (
    SELECT payment_id FROM payment_operations WHERE kind = 'CAPTURE' AND outcome = 'SUCCEEDED'
    GROUP BY payment_id HAVING count(*) > 1) twice"
echo "load at end $(cut -d' ' -f1 /proc/loadavg)"
