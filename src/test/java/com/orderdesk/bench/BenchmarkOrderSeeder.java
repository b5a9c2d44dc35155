package com.orderdesk.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the orders table with realistic-looking synthetic orders in set-based SQL (about two years
 * of orders, Japanese names, unique e-mail addresses, 1–3 lines each), in batches so progress is
 * visible. Does nothing when the table already holds enough rows.
 */
final class BenchmarkOrderSeeder {

    private static final int BATCH = 100_000;

    private final JdbcTemplate jdbc;

    BenchmarkOrderSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seed(int wanted) {
        long existing = jdbc.queryForObject("SELECT count(*) FROM orders", Long.class);
        for (long from = existing + 1; from <= wanted; from += BATCH) {
            long to = Math.min(wanted, from + BATCH - 1);
            long started = System.currentTimeMillis();
            insertOrders(from, to);
            insertLines(from, to);
            System.out.printf("seeded orders %,d–%,d in %,d ms%n", from, to, System.currentTimeMillis() - started);
        }
        jdbc.execute("SELECT setval('order_number_seq', (SELECT count(*) FROM orders) + 1)");
    }

    private void insertOrders(long from, long to) {
        jdbc.update("""
                WITH src AS (
                  SELECT n,
                         (ARRAY['田中','佐藤','鈴木','高橋','伊藤','渡辺','山本','中村','小林','加藤','吉田','山田','佐々木','山口','松本','井上','木村','林','斎藤','清水'])[1 + (hashint4(n::int) & 2147483647) % 20] AS sei,
                         (ARRAY['tanaka','sato','suzuki','takahashi','ito','watanabe','yamamoto','nakamura','kobayashi','kato','yoshida','yamada','sasaki','yamaguchi','matsumoto','inoue','kimura','hayashi','saito','shimizu'])[1 + (hashint4(n::int) & 2147483647) % 20] AS sei_romaji,
                         (ARRAY['タナカ','サトウ','スズキ','タカハシ','イトウ','ワタナベ','ヤマモト','ナカムラ','コバヤシ','カトウ','ヨシダ','ヤマダ','ササキ','ヤマグチ','マツモト','イノウエ','キムラ','ハヤシ','サイトウ','シミズ'])[1 + (hashint4(n::int) & 2147483647) % 20] AS sei_kana,
                         (ARRAY['太郎','花子','一郎','美咲','健太','陽菜','翔太','結衣','大輔','葵'])[1 + (hashint4((n * 7)::int) & 2147483647) % 10] AS mei,
                         (ARRAY['NEW','PROCESSING','SHIPPED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','CANCELLED'])[1 + (hashint4((n * 13)::int) & 2147483647) % 8] AS status,
                         (ARRAY['東京都','大阪府','神奈川県','愛知県','福岡県','北海道','京都府','兵庫県'])[1 + (hashint4((n * 17)::int) & 2147483647) % 8] AS pref,
                         timestamptz '2025-01-01 00:00:00+09' + ((n - 1) * interval '62 seconds') AS placed_at,
                         1000 + (hashint4((n * 31)::int) & 2147483647) % 49000 AS lines_total,
                         lpad(((hashint4((n * 37)::int) & 2147483647) % 100000000)::text, 8, '0') AS phone_digits,
                         lpad(((hashint4((n * 41)::int) & 2147483647) % 100000000)::text, 8, '0') AS mobile_digits
                  FROM generate_series(?::bigint, ?::bigint) AS n
                )
                INSERT INTO orders (id, number, placed_at, channel, status, customer_id, customer_name, customer_kana,
                    customer_email, customer_phone, customer_mobile_phone, customer_postal_code, customer_prefecture,
                    customer_city, customer_address1, delivery_name, delivery_kana, delivery_phone, delivery_postal_code,
                    delivery_prefecture, delivery_city, delivery_address1, delivery_method_code, payment_method_code,
                    shipping_fee, payment_fee, adjustment_amount, adjustment_label, adjustment_tax_category, used_points,
                    subtotal, total_amount, tax_base_10, tax_10, tax_base_8, tax_8, updated_at, version)
                SELECT gen_random_uuid(), 'OD-' || lpad(n::text, 7, '0'), placed_at,
                       CASE WHEN n % 10 = 0 THEN 'ADMIN' ELSE 'STORE' END, status, NULL,
                       sei || ' ' || mei, sei_kana, sei_romaji || '.' || n || '@example' || (n % 7) || '.jp',
                       '0' || substr(phone_digits, 1, 1) || '-' || substr(phone_digits, 2, 4) || '-' || substr(phone_digits, 5, 4),
                       '090-' || substr(mobile_digits, 1, 4) || '-' || substr(mobile_digits, 5, 4),
                       lpad((n % 1000)::text, 3, '0') || '-' || lpad((n % 10000)::text, 4, '0'), pref, '市区町村', '1-2-3',
                       sei || ' ' || mei, sei_kana,
                       '0' || substr(phone_digits, 1, 1) || '-' || substr(phone_digits, 2, 4) || '-' || substr(phone_digits, 5, 4),
                       lpad((n % 1000)::text, 3, '0') || '-' || lpad((n % 10000)::text, 4, '0'), pref, '市区町村', '1-2-3',
                       (ARRAY['YAMATO','SAGAWA','JAPAN_POST'])[1 + n % 3], (ARRAY['CARD','CVS','PAIDY','ATOBARAI'])[1 + n % 4],
                       550, 0, 0, '', 'STANDARD_10', 0,
                       lines_total, lines_total + 550, lines_total + 550, (lines_total + 550) * 10 / 110, 0, 0,
                       placed_at, 0
                FROM src""", from, to);
    }

    private void insertLines(long from, long to) {
        jdbc.update("""
                INSERT INTO order_lines (order_id, line_no, product_code, product_name, unit_price, quantity, tax_category)
                SELECT o.id, 0, 'SKU-' || lpad(((hashtext(o.number) & 2147483647) % 5000)::text, 5, '0'), '商品', o.subtotal, 1, 'STANDARD_10'
                FROM orders o
                WHERE o.number BETWEEN 'OD-' || lpad(?::text, 7, '0') AND 'OD-' || lpad(?::text, 7, '0')""", from, to);
    }
}
