\set p random(100000, 999999)
SELECT o.number, o.placed_at, o.status FROM orders o WHERE o.customer_phone_digits LIKE '%' || :p || '%' ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
