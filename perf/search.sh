#!/usr/bin/env bash
# Order search at the database, the queries OrderSearchQuery sends (perf/search/*.sql; *-before.sql
# is what it sent before V300 and the capped count), on the orders of perf/load-orders.sh:
# one client, $SECONDS s per query kind, p50/p95/p99 from pgbench's per-transaction log.
#   perf/search.sh [DATABASE=orderdesk_perf] [SECONDS=10]
set -euo pipefail
cd "$(dirname "$0")/search"
DB=${1:-orderdesk_perf}; SECONDS_=${2:-10}
LOGS=$(mktemp -d)
for script in by-number by-number-before no-filter no-filter-before status-month phone email-5pct email-5pct-before kanji2 kanji2-before; do
  (cd "$LOGS" && pgbench -n -h 127.0.0.1 -U postgres -c 1 -T "$SECONDS_" -f "$OLDPWD/$script.sql" -l --log-prefix="$script" "$DB" >/dev/null 2>&1)
  cat "$LOGS/$script".* | awk '{print $3 / 1000}' | sort -n | awk -v name="$script" \
    '{v[NR] = $1} END {a = int(NR*0.5)+1; b = int(NR*0.95)+1; c = int(NR*0.99)+1; if (b > NR) b = NR; if (c > NR) c = NR;
      printf "%-20s n %6d  p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms\n", name, NR, v[a], v[b], v[c]}'
done
rm -rf "$LOGS"
