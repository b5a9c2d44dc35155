\set n random(1, 1000000)
SELECT o.number, o.placed_at, o.status FROM orders o WHERE o.number = 'OD-' || lpad(:n::text, 6, '0') ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
