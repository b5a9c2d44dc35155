-- Payment core (module payment): one row per payment attempt of an order, its provider references,
-- the money ledger its amounts are derived from, and the operations log of every provider call.
-- Orders are referenced by id only: no foreign key crosses a module boundary.
CREATE TABLE payments (
    id                   UUID                     NOT NULL PRIMARY KEY,
    order_id             UUID                     NOT NULL,
    order_number         VARCHAR(32)              NOT NULL,
    attempt              INT                      NOT NULL,
    provider             VARCHAR(32)              NOT NULL,
    payment_method_code  VARCHAR(32)              NOT NULL,
    -- Sent to the provider as the shop's order id: GMO accepts at most 27 characters of [A-Za-z0-9-].
    provider_order_id    VARCHAR(27)              NOT NULL UNIQUE CHECK (provider_order_id ~ '^[A-Za-z0-9-]{1,27}$'),
    capture_immediately  BOOLEAN                  NOT NULL,
    status               VARCHAR(32)              NOT NULL,
    provider_status      VARCHAR(64),
    amount               BIGINT                   NOT NULL CHECK (amount >= 0),
    authorized_amount    BIGINT                   NOT NULL DEFAULT 0,
    authorized_at        TIMESTAMP WITH TIME ZONE,
    auth_expires_at      TIMESTAMP WITH TIME ZONE,
    captured_at          TIMESTAMP WITH TIME ZONE,
    next_action_type     VARCHAR(32)              NOT NULL,
    next_action_url      VARCHAR(2048),
    next_action_data     TEXT                     NOT NULL DEFAULT '{}',
    next_action_expires_at TIMESTAMP WITH TIME ZONE,
    needs_attention      BOOLEAN                  NOT NULL DEFAULT FALSE,
    attention_reason     VARCHAR(1000),
    last_notification_at TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    UNIQUE (order_id, attempt)
);
CREATE INDEX payments_by_status_idx ON payments (status, auth_expires_at);

-- Provider handles (AccessID, receipt numbers, …) as the adapter returned them.
CREATE TABLE payment_references (
    payment_id UUID          NOT NULL REFERENCES payments (id),
    name       VARCHAR(64)   NOT NULL,
    value      VARCHAR(1024) NOT NULL,
    PRIMARY KEY (payment_id, name)
);
CREATE INDEX payment_references_by_value_idx ON payment_references (value);

-- Money that moved: rows are only ever added. At most one capture per payment, so a double capture
-- cannot be stored whatever races above it; adjustments record amount changes of a captured payment.
CREATE TABLE payment_ledger (
    id           UUID                     NOT NULL PRIMARY KEY,
    payment_id   UUID                     NOT NULL REFERENCES payments (id),
    kind         VARCHAR(32)              NOT NULL CHECK (kind IN ('CAPTURE', 'CAPTURE_ADJUSTMENT', 'REFUND')),
    amount       BIGINT                   NOT NULL,
    operation_id UUID,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX payment_ledger_one_capture_idx ON payment_ledger (payment_id) WHERE kind = 'CAPTURE';
CREATE UNIQUE INDEX payment_ledger_once_per_operation_idx ON payment_ledger (operation_id, kind);

-- Every provider call: written (own transaction) before it is sent, completed after. An open row
-- (outcome NULL) or an UNKNOWN outcome is picked up by the reconciliation job.
CREATE TABLE payment_operations (
    id              UUID                     NOT NULL PRIMARY KEY,
    payment_id      UUID                     NOT NULL REFERENCES payments (id),
    kind            VARCHAR(32)              NOT NULL,
    amount          BIGINT                   NOT NULL,
    outcome         VARCHAR(16),
    performed_kind  VARCHAR(32),
    error_code      VARCHAR(255),
    error_message   VARCHAR(2000),
    actor           VARCHAR(255)             NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    resolution      VARCHAR(1000),
    check_attempts  INT                      NOT NULL DEFAULT 0,
    next_check_at   TIMESTAMP WITH TIME ZONE,
    resolved_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payment_operations_by_payment_idx ON payment_operations (payment_id, started_at);
CREATE INDEX payment_operations_unresolved_idx ON payment_operations (next_check_at) WHERE resolved_at IS NULL;
