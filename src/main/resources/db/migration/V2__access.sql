-- Operator accounts (HTTP Basic, BCrypt hashes) and integrator API keys (SHA-256 of the key).
CREATE TABLE operator_accounts (
    id            UUID                     NOT NULL PRIMARY KEY,
    username      VARCHAR(64)              NOT NULL UNIQUE,
    password_hash VARCHAR(100)             NOT NULL,
    role          VARCHAR(16)              NOT NULL CHECK (role IN ('OPERATOR', 'ADMIN')),
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_keys (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(100)             NOT NULL,
    prefix      VARCHAR(16)              NOT NULL UNIQUE,
    secret_hash VARCHAR(64)                NOT NULL,
    created_by  VARCHAR(100)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
-- The key's name is the integrator's identity in change histories and idempotency scopes, so two
-- active keys may not share one.
CREATE UNIQUE INDEX api_keys_active_name_idx ON api_keys (name) WHERE revoked_at IS NULL;
