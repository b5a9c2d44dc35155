-- Payments looked up by order number, latest attempt first: the bulk-capture runner's one query for
-- a job's providers (a join of the job's items with their orders' current payments) and its per-order
-- look-up, and the order list's payment words (PaymentRepository.findByOrderNumberIn). Without it each
-- of these scanned the whole payments table (1M rows in the perf database).
CREATE INDEX payments_order_number_idx ON payments (order_number, attempt DESC);
