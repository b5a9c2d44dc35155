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
