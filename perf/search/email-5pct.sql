SELECT o.number, o.placed_at, o.status FROM orders o WHERE o.customer_email ILIKE '%shop5.example%' ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
SELECT count(*) FROM (SELECT 1 FROM orders o WHERE o.customer_email ILIKE '%shop5.example%' LIMIT 10001) matching;
