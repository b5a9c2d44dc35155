-- 受注CSV exports run as background jobs: the filter they were asked with, their progress, and the
-- finished file (UTF-8 with BOM). A job whose worker died is taken over once its lease has passed.
CREATE TABLE order_exports (
    id           UUID                     NOT NULL PRIMARY KEY,
    filter       TEXT                     NOT NULL,
    status       VARCHAR(16)              NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total        INT,
    processed    INT                      NOT NULL DEFAULT 0,
    row_count    INT,
    lease_until  TIMESTAMP WITH TIME ZONE,
    error        VARCHAR(1000),
    content      BYTEA,
    requested_by VARCHAR(100)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX order_exports_waiting_idx ON order_exports (created_at) WHERE status IN ('QUEUED', 'RUNNING');
