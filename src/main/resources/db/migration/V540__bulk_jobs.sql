-- Durable bulk jobs of every kind but capture (module shared, package jobs): a bulk status change,
-- a B2 import, a group import. One row per item; an item's business change and its result commit
-- in one transaction, so a job interrupted by a crash resumes at the first item without a result
-- and never applies an item twice. (Bulk capture keeps its own tables, V42: its items call a
-- provider outside any transaction and need the operations log to settle an interrupted one.)
CREATE TABLE bulk_jobs (
    id            UUID                     NOT NULL PRIMARY KEY,
    kind          VARCHAR(32)              NOT NULL,
    -- The job's own parameters as JSON (the target status of a status change), '{}' when none.
    parameters    TEXT                     NOT NULL,
    status        VARCHAR(16)              NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED')),
    requested_by  VARCHAR(255)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    -- The instance running the job renews this; when it lapses another instance resumes the job.
    lease_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bulk_jobs_running_idx ON bulk_jobs (status, lease_until);
CREATE INDEX bulk_jobs_kind_idx ON bulk_jobs (kind, created_at DESC);

CREATE TABLE bulk_job_items (
    job_id      UUID                     NOT NULL REFERENCES bulk_jobs (id),
    position    INT                      NOT NULL,
    -- The line of the uploaded file the item came from, when it came from a file.
    source_row  INT,
    -- What the operator recognises the item by: an order number, a customer id or e-mail.
    reference   VARCHAR(255)             NOT NULL,
    -- The item's work as its kind's handler encoded it (JSON).
    input       TEXT                     NOT NULL,
    status      VARCHAR(16)              NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    outcome     VARCHAR(64),
    message     VARCHAR(2000),
    -- Per-item detail as JSON (warnings, the customer's groups, a B2 order's rows).
    detail      TEXT,
    finished_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job_id, position)
);
CREATE INDEX bulk_job_items_pending_idx ON bulk_job_items (job_id, position) WHERE status = 'PENDING';
