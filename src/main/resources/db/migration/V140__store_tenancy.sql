-- Tenant isolation of the store API. A "store" is one integrator's storefront: every API key
-- belongs to one (a key issued to replace another shares that key's store, so rotating a key keeps
-- the orders), and the orders and customers a store creates carry its id. The store API reaches
-- only its own store's rows; rows with no store (registered by operators) are reached by none.
ALTER TABLE api_keys ADD COLUMN store_id UUID;
UPDATE api_keys SET store_id = id;
ALTER TABLE api_keys ALTER COLUMN store_id SET NOT NULL;

-- Store orders placed before this migration have no known owner and stay unreachable by keys.
ALTER TABLE orders ADD COLUMN store_id UUID;
CREATE INDEX orders_store_id_idx ON orders (store_id) WHERE store_id IS NOT NULL;

ALTER TABLE customers ADD COLUMN store_id UUID;
CREATE INDEX customers_store_id_idx ON customers (store_id) WHERE store_id IS NOT NULL;
