SELECT count(*) FROM orders o WHERE o.customer_name_search LIKE '%山田%';
SELECT o.number, o.placed_at, o.status FROM orders o WHERE o.customer_name_search LIKE '%山田%' ORDER BY o.placed_at DESC, o.id DESC LIMIT 20 OFFSET 0;
