-- Customer mail (module mail): versioned templates per event and language, and the outbox every
-- mail goes through. A row in mail_messages is written in the same transaction as the decision to
-- send (an event listener, an operator request), so a crash loses no mail; dedup_key makes a
-- redelivered event or a repeated request queue nothing twice.
CREATE TABLE mail_templates (
    code            VARCHAR(64)              NOT NULL,
    language        VARCHAR(8)               NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    -- the event that sends it (ORDER_RECEIVED, PAYMENT_RECEIVED, SHIPPED, CANCELLED, PAYMENT_FAILED)
    -- or MANUAL for mails only operators send
    trigger_event   VARCHAR(32)              NOT NULL,
    auto_send       BOOLEAN                  NOT NULL,
    current_version INT                      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(255)             NOT NULL,
    PRIMARY KEY (code, language)
);

CREATE TABLE mail_template_versions (
    code        VARCHAR(64)              NOT NULL,
    language    VARCHAR(8)               NOT NULL,
    version     INT                      NOT NULL,
    subject     VARCHAR(1000)            NOT NULL,
    body        TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(255)             NOT NULL,
    PRIMARY KEY (code, language, version),
    FOREIGN KEY (code, language) REFERENCES mail_templates (code, language)
);

CREATE TABLE mail_bulk_jobs (
    id               UUID                     NOT NULL PRIMARY KEY,
    template_code    VARCHAR(64)              NOT NULL,
    language         VARCHAR(8)               NOT NULL,
    operator_message TEXT,
    requested_by     VARCHAR(255)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mail_messages (
    id               UUID                     NOT NULL PRIMARY KEY,
    -- event + template for automatic mails, job + order for bulk mails; null for one-off sends
    dedup_key        VARCHAR(300)             UNIQUE,
    order_number     VARCHAR(32)              NOT NULL,
    order_id         UUID,
    trigger_event    VARCHAR(32)              NOT NULL,
    -- what the mail is about beyond the order (the shipment of a 発送 mail)
    subject_ref      VARCHAR(64),
    template_code    VARCHAR(64),
    language         VARCHAR(8)               NOT NULL,
    template_version INT,
    -- a free-form mail's own subject and body (templates themselves), when no template code is given
    draft_subject    VARCHAR(1000),
    draft_body       TEXT,
    operator_message TEXT,
    bulk_job_id      UUID REFERENCES mail_bulk_jobs (id),
    resend_of        UUID REFERENCES mail_messages (id),
    -- the rendered mail, fixed at its first sending attempt so that a retry sends the same text
    recipient        VARCHAR(320),
    subject          VARCHAR(2000),
    body             TEXT,
    charset          VARCHAR(32),
    raw_mime         TEXT,
    status           VARCHAR(16)              NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'SANDBOX', 'FAILED')),
    attempts         INT                      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000),
    note             VARCHAR(2000),
    queued_by        VARCHAR(255)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mail_messages_due_idx ON mail_messages (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX mail_messages_order_idx ON mail_messages (order_number, created_at);
CREATE INDEX mail_messages_bulk_idx ON mail_messages (bulk_job_id) WHERE bulk_job_id IS NOT NULL;
CREATE INDEX mail_messages_created_idx ON mail_messages (created_at);
