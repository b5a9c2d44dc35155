-- Issue 10 (module access): who changed an operator account or an API key, when, before and after
-- (secrets never: a password change is recorded as masked). Rows are only ever added.
CREATE TABLE audit_log (
    id           UUID                     NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(255)             NOT NULL,
    subject_type VARCHAR(32)              NOT NULL,
    subject      VARCHAR(255)             NOT NULL,
    action       VARCHAR(64)              NOT NULL,
    before_state TEXT,
    after_state  TEXT
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
