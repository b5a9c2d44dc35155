-- Payment flows for the deferred-payment providers (issue 8, items 5–7).

-- Shipment-driven capture: which shipment OrderDesk reported to a payment's provider, with what slip,
-- so that a change is reported again and a deletion withdrawn. Shipments are referenced by id only.
CREATE TABLE payment_shipment_reports (
    id                UUID                     NOT NULL PRIMARY KEY,
    payment_id        UUID                     NOT NULL REFERENCES payments (id),
    shipment_id       UUID                     NOT NULL,
    carrier           VARCHAR(16)              NOT NULL,
    tracking_numbers  VARCHAR(1000)            NOT NULL,
    shipped_on        DATE                     NOT NULL,
    -- REPORTED (sent; the provider accepted or is asked), REFUSED (the provider declined), WITHDRAWN.
    status            VARCHAR(16)              NOT NULL,
    operation_id      UUID                     NOT NULL,
    reason            VARCHAR(1000),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (payment_id, shipment_id)
);
CREATE INDEX payment_shipment_reports_by_shipment_idx ON payment_shipment_reports (shipment_id);
CREATE INDEX payment_shipment_reports_by_operation_idx ON payment_shipment_reports (operation_id);

-- Attention flags: why, since when, whether operations wait for an operator (provider drift), and
-- which later provider facts (statuses) settle the cause by themselves.
ALTER TABLE payments
    ADD COLUMN attention_cause      VARCHAR(32),
    ADD COLUMN attention_since      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN attention_settled_by VARCHAR(255),
    -- Review flows: when an UNDER_REVIEW payment times out, how many shopper inputs it took.
    ADD COLUMN review_deadline      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN review_attempts      INT NOT NULL DEFAULT 0,
    -- Status polling of providers that push no notifications, on a backoff schedule.
    ADD COLUMN next_poll_at         TIMESTAMP WITH TIME ZONE,
    ADD COLUMN poll_attempts        INT NOT NULL DEFAULT 0;
CREATE INDEX payments_needing_attention_idx ON payments (attention_since) WHERE needs_attention;
CREATE INDEX payments_review_deadline_idx ON payments (review_deadline) WHERE status = 'UNDER_REVIEW';
