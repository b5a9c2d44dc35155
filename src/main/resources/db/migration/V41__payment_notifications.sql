-- Webhook inbox (module payment): every provider notification stored raw before anything is applied.
-- A duplicate (same provider and deduplication key) is stored once; rejected ones (failed
-- authentication or parsing) are kept without a key for the operator's listing.
CREATE TABLE payment_notifications (
    id                     UUID                     NOT NULL PRIMARY KEY,
    provider               VARCHAR(32)              NOT NULL,
    dedup_key              VARCHAR(255),
    provider_order_id      VARCHAR(64),
    source_address         VARCHAR(64)              NOT NULL,
    headers                TEXT                     NOT NULL,
    content_type           VARCHAR(255),
    charset                VARCHAR(32)              NOT NULL,
    body                   BYTEA                    NOT NULL,
    parsed_status          VARCHAR(32),
    parsed_provider_status VARCHAR(64),
    parsed_amount          BIGINT,
    occurred_at            TIMESTAMP WITH TIME ZONE,
    trusted                BOOLEAN                  NOT NULL DEFAULT FALSE,
    status                 VARCHAR(16)              NOT NULL
        CHECK (status IN ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED', 'REJECTED')),
    attempts               INT                      NOT NULL DEFAULT 0,
    next_attempt_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error             VARCHAR(2000),
    outcome                VARCHAR(1000),
    payment_id             UUID,
    received_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at           TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX payment_notifications_dedup_idx ON payment_notifications (provider, dedup_key)
    WHERE dedup_key IS NOT NULL;
CREATE INDEX payment_notifications_due_idx ON payment_notifications (status, next_attempt_at);
CREATE INDEX payment_notifications_by_order_idx ON payment_notifications (provider, provider_order_id, status);
