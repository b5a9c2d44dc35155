SELECT count(*) FROM orders o WHERE o.customer_email ILIKE '%shop5.example%';
SELECT o.number, o.placed_at, o.status FROM orders o WHERE o.customer_email ILIKE '%shop5.example%' ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
