-- 手数料名 of a payment method's fee (the add-on's 「手数料名」); null shows as 支払手数料.
ALTER TABLE payment_methods ADD COLUMN fee_label VARCHAR(50);
