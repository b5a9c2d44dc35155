-- Issue 9's one rule between order and payment: a flag that says the payment amount and the order
-- total disagree holds the order back from shipping ("ready to ship" false in the list, the order
-- view and shipment registration) until they agree again or an operator clears the flag.
ALTER TABLE payments ADD COLUMN attention_holds_shipment BOOLEAN NOT NULL DEFAULT FALSE;

-- Payments flagged before this column existed for exactly that (the two flag texts OrderDesk wrote:
-- a payment amount changed alone, an order edit the provider could not follow) while the amounts
-- still differ take the hold, and their order stops being ready to ship.
UPDATE payments p SET attention_holds_shipment = TRUE
FROM orders o
WHERE p.order_id = o.id AND p.needs_attention AND p.amount <> o.total_amount
  AND (p.attention_reason LIKE '%differs from the order total%' OR p.attention_reason LIKE 'order total changed to%')
  AND p.status IN ('AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'PAID', 'PENDING')
  AND p.attempt = (SELECT max(q.attempt) FROM payments q WHERE q.order_id = p.order_id);

UPDATE orders o SET payment_secured = FALSE
FROM payments p
WHERE p.order_id = o.id AND p.attention_holds_shipment AND o.payment_secured;
