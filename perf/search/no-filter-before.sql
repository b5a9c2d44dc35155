SELECT count(*) FROM orders o;
SELECT o.number, o.placed_at, o.status FROM orders o ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
