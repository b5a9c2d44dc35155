-- Idempotency-Key records for POSTs under /api/admin/** and /api/store/** (shared.idempotency).
-- One row per (principal, method, path, key): claimed IN_PROGRESS before the handler runs, so that
-- every instance sees the claim, then COMPLETED with the response to replay. The request body is
-- never stored, only its SHA-256 fingerprint; the stored response body is what the caller already
-- received and is deleted when the row expires.
CREATE TABLE idempotency_keys (
    id               UUID                     NOT NULL PRIMARY KEY,
    principal        VARCHAR(255)             NOT NULL,
    idempotency_key  VARCHAR(255)             NOT NULL,
    request_method   VARCHAR(16)              NOT NULL,
    request_path     VARCHAR(1024)            NOT NULL,
    fingerprint      CHAR(64)                 NOT NULL,
    state            VARCHAR(16)              NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    -- Changes with every claim, so that a request whose claim was taken over after the
    -- in-progress timeout can neither complete nor release the newer claim.
    claim_token      UUID                     NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    response_status  INT,
    content_type     VARCHAR(255),
    location         VARCHAR(2048),
    etag             VARCHAR(255),
    response_body    BYTEA,
    CONSTRAINT idempotency_keys_scope_uk UNIQUE (principal, request_method, request_path, idempotency_key),
    CONSTRAINT idempotency_keys_completed_ck CHECK (state <> 'COMPLETED' OR response_status IS NOT NULL)
);

-- The cleanup job deletes expired rows in batches, oldest first.
CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at);
