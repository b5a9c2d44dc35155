#!/usr/bin/env bash
# Loads COUNT orders, each with a PENDING DSK convenience-store payment waiting for its 入金速報, for the
# inbox lag and backlog-drain runs: payment n (START ≤ n < START + COUNT) carries DSK's references
# orderid = PERF<n> and dskid = P<n>, which is exactly what WebhookIngestSimulation sends for notice n
# with -Dperf.provider=dsk -Dperf.noticeBase=<START - 1>. DSK notices need no confirmation call (DSK has
# no status API), so the inbox applies them at the app's own pace: what is measured is the inbox, not a
# simulator. Through COPY, like perf/load-orders.sh (whose schema step makes the database first).
#
#   perf/load-dsk-payments.sh COUNT START [DATABASE=orderdesk_perf]
set -euo pipefail
. "$(dirname "$0")/order-columns.sh"
COUNT=$1; START=$2; DB=${3:-orderdesk_perf}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "${PGUSER:-postgres}" -d "$DB")

generate() { # $1 = orders | payments | references
  awk -v count="$COUNT" -v first="$START" -v table="$1" 'BEGIN {
    placed = strftime("%Y-%m-%d %H:%M:%S+00", systime(), 1);
    for (n = first; n < first + count; n++) {
      oid = sprintf("00000000-0000-4000-a000-%012d", n);
      pid = sprintf("00000000-0000-4000-b000-%012d", n);
      number = sprintf("DK-%09d", n);
      if (table == "orders") {
        printf "%s,%s,%s,STORE,NEW,負荷 太郎,フカ タロウ,dsk%d@example.jp,03-0000-0000,150-0001,東京都,渋谷区神宮前,1-2-3,負荷 太郎,フカ タロウ,03-0000-0000,150-0001,東京都,渋谷区神宮前,1-2-3,YAMATO,CVS,PENDING,false,0,0,0,STANDARD_10,0,1000,1000,0,0,926,74,%s,0\n",
          oid, number, placed, n, placed;
      } else if (table == "payments") {
        printf "%s,%s,%s,1,DSK,CVS,PERF%d,false,PENDING,NONE,1000,%s,%s,0\n", pid, oid, number, n, placed, placed;
      } else {
        printf "%s,orderid,PERF%d\n%s,dskid,P%d\n", pid, n, pid, n;
      }
    }
  }'
}

echo "Loading $COUNT pending DSK payments (notices $START..$((START + COUNT - 1))) into $DB"
time {
  generate orders | "${PSQL[@]}" -c "COPY orders ($ORDER_COLUMNS) FROM STDIN (FORMAT csv)"
  generate payments | "${PSQL[@]}" -c "COPY payments (id, order_id, order_number, attempt, provider,
      payment_method_code, provider_order_id, capture_immediately, status, next_action_type, amount,
      created_at, updated_at, version) FROM STDIN (FORMAT csv)"
  generate references | "${PSQL[@]}" -c "COPY payment_references (payment_id, name, value) FROM STDIN (FORMAT csv)"
  "${PSQL[@]}" -c "ANALYZE orders" -c "ANALYZE payments" -c "ANALYZE payment_references"
}
