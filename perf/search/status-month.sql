\set m random(1, 10)
SELECT o.number, o.placed_at, o.status FROM orders o WHERE o.status IN ('NEW') AND o.placed_at >= make_date(2026, :m, 1) AND o.placed_at < make_date(2026, :m + 1, 1) ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
SELECT count(*) FROM (SELECT 1 FROM orders o WHERE o.status IN ('NEW') AND o.placed_at >= make_date(2026, :m, 1) AND o.placed_at < make_date(2026, :m + 1, 1) LIMIT 10001) matching;
