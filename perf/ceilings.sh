#!/usr/bin/env bash
# The ceilings every figure is compared with, measured in the same run (a shared, noisy machine makes
# absolute figures meaningless; ratios to these are what docs/benchmarks.md compares):
#   load      the 1-minute load average at the start
#   pgbench   durable single-row inserts, 8 clients, $PG_SECONDS s (perf/pgbench-insert.sql)
#   health    GET /actuator/health, $HEALTH_REQUESTS requests, 16 keep-alive connections (curl, closed loop)
# Prints one line: "ceilings load L pgbench-tps T health-rps H". Loopback only.
#   perf/ceilings.sh [BASE=http://127.0.0.1:18080] [DB=orderdesk_perf]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://127.0.0.1:18080}}; DB=${2:-${DB:-orderdesk_perf}}
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 1;; esac
PG_SECONDS=${PG_SECONDS:-10}; HEALTH_REQUESTS=${HEALTH_REQUESTS:-2000}
load=$(cut -d' ' -f1 /proc/loadavg)
psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -c "CREATE TABLE IF NOT EXISTS perf_ceiling (id bigserial PRIMARY KEY, body text)"
tps=$(pgbench -n -h 127.0.0.1 -U postgres -c 8 -j 2 -T "$PG_SECONDS" -f perf/pgbench-insert.sql "$DB" 2>/dev/null \
  | awk '/^tps/ {printf "%.0f", $3}')
start=$(date +%s.%N)
# 16 curl processes at a time, each sending 50 requests on one keep-alive connection.
seq "$HEALTH_REQUESTS" | xargs -P 16 -n 50 sh -c 'curl -s $(for i in "$@"; do printf "%s " "'"$BASE"'/actuator/health"; done) > /dev/null' _
end=$(date +%s.%N)
rps=$(awk -v n="$HEALTH_REQUESTS" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f", n / (e - s)}')
echo "ceilings load $load pgbench-tps $tps health-rps $rps"
