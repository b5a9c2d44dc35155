-- Bulk capture jobs (module payment): durable, with one row per requested order, so that a job
-- interrupted by a crash resumes where it stopped. The ledger's one-capture-per-payment index and
-- the operations log make sure a resumed job never captures an order twice.
CREATE TABLE bulk_capture_jobs (
    id            UUID                     NOT NULL PRIMARY KEY,
    dry_run       BOOLEAN                  NOT NULL,
    status        VARCHAR(16)              NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED')),
    requested_by  VARCHAR(255)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    -- The instance running the job renews this; when it lapses another instance resumes the job.
    lease_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bulk_capture_jobs_running_idx ON bulk_capture_jobs (status, lease_until);

CREATE TABLE bulk_capture_items (
    job_id        UUID                     NOT NULL REFERENCES bulk_capture_jobs (id),
    position      INT                      NOT NULL,
    order_number  VARCHAR(32)              NOT NULL,
    status        VARCHAR(16)              NOT NULL
        CHECK (status IN ('PENDING', 'IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'WOULD_SUCCEED', 'WOULD_FAIL')),
    payment_id    UUID,
    amount        BIGINT,
    error_code    VARCHAR(255),
    error_message VARCHAR(2000),
    finished_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job_id, position)
);
