-- The version of an endpoint's editable state (URL, description, event types, enabled), its ETag:
-- a PATCH must name it in If-Match (428 without, 412 when stale). Delivery counters do not move it.
ALTER TABLE webhook_endpoints ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
