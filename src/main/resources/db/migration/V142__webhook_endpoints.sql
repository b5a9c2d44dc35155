-- Signed outgoing webhooks (Standard Webhooks) to endpoints an ADMIN registers. The signing secret
-- is kept AES-GCM encrypted like provider credentials and shown only once, at registration.
CREATE TABLE webhook_endpoints (
    id                   UUID                     NOT NULL PRIMARY KEY,
    url                  VARCHAR(2048)            NOT NULL,
    description          VARCHAR(200),
    -- comma-separated event types (order.placed, payment.status-changed, …)
    event_types          VARCHAR(1000)            NOT NULL,
    -- only this store's orders; null: every order (the shop's own systems)
    store_id             UUID,
    secret_key_id        VARCHAR(16)              NOT NULL,
    secret_iv            BYTEA                    NOT NULL,
    secret_ciphertext    BYTEA                    NOT NULL,
    enabled              BOOLEAN                  NOT NULL,
    disabled_reason      VARCHAR(1000),
    disabled_at          TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT                      NOT NULL,
    created_by           VARCHAR(100)             NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One event for one endpoint: the exact body that is signed, and where its retries stand.
CREATE TABLE webhook_deliveries (
    id              UUID                     NOT NULL PRIMARY KEY,
    endpoint_id     UUID                     NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id        UUID                     NOT NULL,
    event_type      VARCHAR(64)              NOT NULL,
    order_number    VARCHAR(32)              NOT NULL,
    payload         TEXT                     NOT NULL,
    status          VARCHAR(16)              NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INT                      NOT NULL,
    attempt_limit   INT                      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    -- a redelivered integration event (same id) never makes a second delivery
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC);

-- The delivery log: every attempt with its answer (or why there was none).
CREATE TABLE webhook_attempts (
    id               BIGSERIAL                NOT NULL PRIMARY KEY,
    delivery_id      UUID                     NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt          INT                      NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    latency_ms       BIGINT                   NOT NULL,
    response_status  INT,
    error            VARCHAR(500),
    response_excerpt VARCHAR(500)
);
CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, attempt);
