-- Issue 10: personal access tokens, so an operator's scripts sign in once per token instead of
-- sending a password (and paying for BCrypt) on every call. Only the SHA-256 of the token is kept,
-- found again by its public prefix. A token belongs to its operator: deleting the account deletes
-- its tokens, and a disabled account's tokens are refused (checked on every call).
CREATE TABLE personal_access_tokens (
    id          UUID                     NOT NULL PRIMARY KEY,
    username    VARCHAR(64)              NOT NULL REFERENCES operator_accounts (username) ON DELETE CASCADE,
    name        VARCHAR(100)             NOT NULL,
    prefix      VARCHAR(16)              NOT NULL UNIQUE,
    secret_hash VARCHAR(64)              NOT NULL,
    scopes      VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX personal_access_tokens_active_name_idx ON personal_access_tokens (username, name)
    WHERE revoked_at IS NULL;
CREATE INDEX personal_access_tokens_username_idx ON personal_access_tokens (username);
