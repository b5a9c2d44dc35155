-- Issue 8, items 2 and 3 (module payment).
--
-- Adapters own their provider order ids (GMO 27 of [A-Za-z0-9-], DSK 20, …): the core no longer
-- enforces GMO's rule. An id is unique per provider; the adapter guarantees its alphabet.
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_provider_order_id_check;
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_provider_order_id_key;
ALTER TABLE payments ALTER COLUMN provider_order_id TYPE VARCHAR(64);
ALTER TABLE payments ADD CONSTRAINT payments_provider_order_id_unique UNIQUE (provider, provider_order_id);
CREATE INDEX payment_references_by_name_value_idx ON payment_references (name, value);

-- The inbox keeps what the adapter parsed at ingest, so the worker never reads the body again:
-- the payment locator (a reference name; its value stays in provider_order_id, which held the
-- provider order id before) and the references the notice carried. PROCESSING marks an entry a
-- worker claimed (until claimed_until) while it asks the provider outside the row lock.
ALTER TABLE payment_notifications ADD COLUMN locator_reference VARCHAR(64);
ALTER TABLE payment_notifications ADD COLUMN parsed_references TEXT;
ALTER TABLE payment_notifications ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
UPDATE payment_notifications SET locator_reference = 'providerOrderId' WHERE provider_order_id IS NOT NULL;
ALTER TABLE payment_notifications DROP CONSTRAINT IF EXISTS payment_notifications_status_check;
ALTER TABLE payment_notifications ADD CONSTRAINT payment_notifications_status_check
    CHECK (status IN ('RECEIVED', 'PROCESSING', 'PROCESSED', 'IGNORED', 'FAILED', 'REJECTED'));
DROP INDEX IF EXISTS payment_notifications_by_order_idx;
CREATE INDEX payment_notifications_by_payment_idx
    ON payment_notifications (provider, locator_reference, provider_order_id, status);
