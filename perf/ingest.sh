#!/usr/bin/env bash
# Webhook ingest with its ceilings, all in one run, 3 rounds (docs/benchmarks.md takes the median):
#   1. PostgreSQL: durable single-row inserts, 8 clients, 10 s (pgbench, perf/pgbench-insert.sql)
#   2. framework: GET /actuator/health at the same arrival rate (Gatling)
#   3. POST /webhooks/$PROVIDER, unique notices at $RATE/s for $SECONDS s (Gatling)
# The app must listen on $BASE (loopback) against database $DB.
#   perf/ingest.sh [PROVIDER=gmo-pg] [RATE=2000] [SECONDS=20] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-gmo-pg}; RATE=${2:-2000}; SECONDS_=${3:-20}; ROUNDS=${4:-3}
BASE=${BASE:-http://127.0.0.1:18080}; DB=${DB:-orderdesk_perf}
OUT=target/perf; mkdir -p "$OUT"
psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -c "CREATE TABLE IF NOT EXISTS perf_ceiling (id bigserial PRIMARY KEY, body text)"
gatling() { # $1 label, then -D options
  local label=$1; shift
  ./mvnw -q -o -Pperf gatling:test -Dgatling.simulationClass=com.orderdesk.perf.WebhookIngestSimulation \
    -Dperf.baseUrl="$BASE" -Dperf.rate="$RATE" -Dperf.duration="$SECONDS_" "$@" > "$OUT/$label.log" 2>&1 || true
  awk -v label="$label" -F"|" '/request count/ {n=$2; ok=$3} /mean throughput/ {rps=$3} /50th percentile/ {p50=$3} /99th percentile/ {p99=$3}
       END {gsub(/ /, "", n); gsub(/ /, "", ok); gsub(/ /, "", rps); gsub(/ /, "", p50); gsub(/ /, "", p99);
            printf "%-22s ok req/s %8s  p50 %7s ms  p99 %7s ms  requests %s ok %s\n", label, rps, p50, p99, n, ok}' "$OUT/$label.log"
}
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
  pgbench -n -h 127.0.0.1 -U postgres -c 8 -j 2 -T 10 -f perf/pgbench-insert.sql "$DB" 2>/dev/null \
    | awk '/^tps/ {printf "%-22s tps %s\n", "pgbench inserts (8)", $3}'
  gatling "health-$round" -Dperf.ceiling=true
  gatling "ingest-$PROVIDER-$round" -Dperf.provider="$PROVIDER"
done
