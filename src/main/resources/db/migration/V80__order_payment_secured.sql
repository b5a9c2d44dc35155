-- The payment summary on orders gains whether the payment secures shipment (for the order list's
-- "ready to ship" filter; NULL while the order has no provider payment) and when payment reported
-- it, so that an older report never overwrites a newer one.
ALTER TABLE orders ADD COLUMN payment_secured BOOLEAN;
ALTER TABLE orders ADD COLUMN payment_status_at TIMESTAMP WITH TIME ZONE;
