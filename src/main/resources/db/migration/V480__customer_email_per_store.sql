-- An e-mail address is unique within one store, not across stores: a store registering a member
-- must not learn (from a 409) that another integrator's store already has that address. Customers
-- the shop's operators register (no store) form one more namespace of their own.
DROP INDEX customers_email_uk;
CREATE UNIQUE INDEX customers_store_email_uk ON customers (store_id, lower(email)) NULLS NOT DISTINCT;
