-- Customer module: B2B buyer accounts (取引先) screened by a payment provider (クロネコ掛け払い), and the
-- log of every call made to that provider for them (written before the call, completed after it).
CREATE TABLE customer_buyer_accounts (
    customer_id             UUID                     NOT NULL PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    buyer_id                VARCHAR(20)              NOT NULL UNIQUE,
    application             TEXT,
    screening_status        VARCHAR(100),
    approved                BOOLEAN                  NOT NULL,
    settled                 BOOLEAN                  NOT NULL,
    test_buyer              BOOLEAN                  NOT NULL,
    applied_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at              TIMESTAMP WITH TIME ZONE,
    next_check_at           TIMESTAMP WITH TIME ZONE,
    check_attempts          INT                      NOT NULL,
    availability            VARCHAR(100),
    availability_checked_at TIMESTAMP WITH TIME ZONE,
    details                 TEXT,
    last_error              VARCHAR(1000),
    version                 BIGINT                   NOT NULL
);
-- The poller claims due, unsettled accounts with SKIP LOCKED.
CREATE INDEX customer_buyer_accounts_due_idx ON customer_buyer_accounts (next_check_at) WHERE NOT settled;

CREATE TABLE customer_buyer_calls (
    id          UUID                     NOT NULL PRIMARY KEY,
    customer_id UUID                     NOT NULL,
    buyer_id    VARCHAR(20)              NOT NULL,
    call        VARCHAR(30)              NOT NULL,
    outcome     VARCHAR(20)              NOT NULL,
    status      VARCHAR(100),
    error_code  VARCHAR(40),
    message     VARCHAR(1000),
    actor       VARCHAR(100),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX customer_buyer_calls_customer_idx ON customer_buyer_calls (customer_id, started_at);

-- Shipping: whether a shipment is reported to the payment provider (「出荷情報を…に送信する」); null = the
-- provider's default (atobarai reports every shipment, kakebarai only those asked for).
ALTER TABLE shipments ADD COLUMN report_to_payment_provider BOOLEAN;
