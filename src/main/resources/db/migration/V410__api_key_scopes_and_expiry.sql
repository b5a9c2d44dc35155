-- Issue 10: API keys get scopes and an optional expiry. Keys issued before keep working as they
-- did, so they receive every scope of the store API as it stands today.
ALTER TABLE api_keys ADD COLUMN scopes VARCHAR(255) NOT NULL
    DEFAULT 'orders:read orders:write payments:read payments:write customers:read customers:write subscriptions:read subscriptions:write';
-- New keys always name their scopes; the default above was only for the rows already there.
ALTER TABLE api_keys ALTER COLUMN scopes DROP DEFAULT;
ALTER TABLE api_keys ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
