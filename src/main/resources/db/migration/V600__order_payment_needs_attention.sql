-- Issue 19: the order list's 要確認 filter. Whether the order's current payment is flagged for an
-- operator, written by order from payment's OrderPaymentProgress facts beside payment_status (the
-- same way as payment_secured), so order searches it without knowing payments.
ALTER TABLE orders ADD COLUMN payment_needs_attention BOOLEAN NOT NULL DEFAULT FALSE;

-- Orders whose latest payment attempt is flagged today.
UPDATE orders o SET payment_needs_attention = TRUE
FROM payments p
WHERE p.order_id = o.id AND p.needs_attention
  AND p.attempt = (SELECT max(q.attempt) FROM payments q WHERE q.order_id = p.order_id);

-- Few orders are flagged at a time: a partial index keeps the filter cheap on a large ledger.
CREATE INDEX orders_payment_needs_attention_idx ON orders (placed_at DESC) WHERE payment_needs_attention;
