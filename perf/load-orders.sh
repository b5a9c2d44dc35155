#!/usr/bin/env bash
# Loads COUNT generated orders, each with one line and one AUTHORIZED GMO-PG card payment, into an
# OrderDesk database whose schema Flyway already made (start the app once against it), through
# PostgreSQL's COPY (rows are made by awk and streamed: no intermediate file). Authorisations run
# 400 days from placing, so the expiry job leaves them alone during a run.
#
#   perf/load-orders.sh [COUNT=1000000] [DATABASE=orderdesk_perf]
#
# Orders are numbered OD-000001… in placing order over 2026-01-01..2026-11-28; every 20th customer
# has an e-mail at shop5.example (the "e-mail fragment matching 5%" search); names are 2-kanji
# surnames + given names. The order number sequence is moved past the loaded orders. Loopback only.
# The database is created and migrated first when it does not exist (JAVA, JAR: which to run).
set -euo pipefail
. "$(dirname "$0")/order-columns.sh"
COUNT=${1:-1000000}
DB=${2:-orderdesk_perf}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "${PGUSER:-postgres}" -d "$DB")

# A fresh machine has no perf database: make it, and let the packaged app's Flyway make the schema
# (the app starts, migrates and exits at the end of its refresh; no port is opened).
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-$(dirname "$0")/../target/orderdesk-0.1.0-SNAPSHOT.jar}
if ! psql -X -q -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  echo "Creating database $DB"
  createdb -h 127.0.0.1 -U "${PGUSER:-postgres}" "$DB"
fi
if ! "${PSQL[@]}" -tAc "SELECT to_regclass('public.orders') IS NOT NULL" | grep -q t; then
  [ -f "$JAR" ] || { echo "No $JAR: build it first (./mvnw -o package -DskipTests)." >&2; exit 1; }
  echo "Migrating $DB with $JAR"
  ORDERDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ORDERDESK_BOOTSTRAP_ADMIN_PASSWORD=perf-admin-password \
    "$JAVA" -Dspring.context.exit=onRefresh -jar "$JAR" --spring.main.web-application-type=none > /dev/null
fi

generate() { # $1 = table: orders | order_lines | payments
  awk -v count="$COUNT" -v table="$1" 'BEGIN {
    srand(16);
    split("山田 佐藤 鈴木 高橋 田中 伊藤 渡辺 中村 小林 加藤 吉田 山本 松本 井上 木村 林 斎藤 清水 山口 森", sei, " ");
    split("ヤマダ サトウ スズキ タカハシ タナカ イトウ ワタナベ ナカムラ コバヤシ カトウ ヨシダ ヤマモト マツモト イノウエ キムラ ハヤシ サイトウ シミズ ヤマグチ モリ", seiKana, " ");
    split("太郎 花子 一郎 美咲 健太 陽菜 大輔 結衣 翔太 さくら", mei, " ");
    split("タロウ ハナコ イチロウ ミサキ ケンタ ヒナ ダイスケ ユイ ショウタ サクラ", meiKana, " ");
    split("NEW NEW NEW PROCESSING SHIPPED SHIPPED COMPLETED COMPLETED COMPLETED CANCELLED", statuses, " ");
    start = 1767225600; span = 28425600; # 2026-01-01T00:00Z .. 2026-11-28
    for (i = 1; i <= count; i++) {
      s = int(rand() * 20) + 1; m = int(rand() * 10) + 1;
      oid = sprintf("00000000-0000-4000-8000-%012d", i);
      pid = sprintf("00000000-0000-4000-9000-%012d", i);
      number = sprintf("OD-%06d", i);
      t = start + int(span * i / count);
      placed = strftime("%Y-%m-%d %H:%M:%S+00", t, 1);
      price = (int(rand() * 90) + 10) * 100; qty = int(rand() * 3) + 1;
      subtotal = price * qty; total = subtotal + 550;
      base8 = int(total * 100 / 108); tax8 = total - base8;
      if (table == "orders") {
        email = (i % 20 == 0) ? sprintf("buyer%d@shop5.example", i) : sprintf("user%d@example.jp", i);
        phone = sprintf("0%d-%04d-%04d", int(rand() * 9) + 1, int(rand() * 10000), int(rand() * 10000));
        name = sei[s] " " mei[m]; kana = seiKana[s] " " meiKana[m];
        printf "%s,%s,%s,STORE,%s,%s,%s,%s,%s,150-0001,東京都,渋谷区神宮前,1-2-3,%s,%s,%s,150-0001,東京都,渋谷区神宮前,1-2-3,YAMATO,CARD,AUTHORIZED,true,550,0,0,STANDARD_10,0,%d,%d,%d,0,%d,%d,%s,0\n",
          oid, number, placed, statuses[int(rand() * 10) + 1], name, kana, email, phone, name, kana, phone,
          subtotal, total, 0, base8, tax8, placed;
      } else if (table == "order_lines") {
        printf "%s,0,TEA-%03d,煎茶 %d,%d,%d,REDUCED_8\n", oid, i % 500, i % 500, price, qty;
      } else {
        printf "%s,%s,%s,1,GMO_PG,CARD,%s-1,false,AUTHORIZED,AUTH,%d,%d,%s,%s,NONE,%s,%s,0\n",
          pid, oid, number, number, total, total, placed, strftime("%Y-%m-%d %H:%M:%S+00", t + 400 * 86400, 1),
          placed, placed;
      }
    }
  }'
}

echo "Loading $COUNT orders into $DB"
time {
  generate orders | "${PSQL[@]}" -c "COPY orders ($ORDER_COLUMNS) FROM STDIN (FORMAT csv)"
  generate order_lines | "${PSQL[@]}" -c "COPY order_lines (order_id, line_no, product_code, product_name,
      unit_price, quantity, tax_category) FROM STDIN (FORMAT csv)"
  generate payments | "${PSQL[@]}" -c "COPY payments (id, order_id, order_number, attempt, provider,
      payment_method_code, provider_order_id, capture_immediately, status, provider_status, amount,
      authorized_amount, authorized_at, auth_expires_at, next_action_type, created_at, updated_at, version)
      FROM STDIN (FORMAT csv)"
  "${PSQL[@]}" -c "SELECT setval('order_number_seq', greatest((SELECT last_value FROM order_number_seq), $COUNT + 1))" \
      -c "VACUUM (ANALYZE) orders" -c "VACUUM (ANALYZE) order_lines" -c "VACUUM (ANALYZE) payments"
  # VACUUM, not only ANALYZE: a freshly COPYed table has no visibility map, so every capped count
  # visits the heap (status+month: 44 ms, 3,004 blocks read); autovacuum would set it within minutes
  # of a real bulk insert, and the search figures are for that steady state.
}
"${PSQL[@]}" -tAc "SELECT count(*) || ' orders, ' || (SELECT count(*) FROM payments) || ' payments' FROM orders"
