-- At most one unresolved provider call per payment: two instances (or the store checkout and the
-- OrderPlaced listener) can never have the provider authorize or capture the same payment at once.
CREATE UNIQUE INDEX payment_operations_one_open_idx ON payment_operations (payment_id) WHERE resolved_at IS NULL;
