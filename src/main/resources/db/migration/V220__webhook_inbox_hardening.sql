-- Issue 10 (module payment): the webhook inbox keeps no secrets and refused requests only as a summary.
--
-- A refused request (allowlist, credentials, unreadable, over the size cap) keeps time, source,
-- reason, body size and SHA-256, never its body or headers, so refused traffic cannot fill the
-- database or leave an operator's Authorization header in it.
ALTER TABLE payment_notifications ALTER COLUMN body DROP NOT NULL;
ALTER TABLE payment_notifications ALTER COLUMN headers DROP NOT NULL;
ALTER TABLE payment_notifications ALTER COLUMN charset DROP NOT NULL;
ALTER TABLE payment_notifications ADD COLUMN body_size BIGINT;
ALTER TABLE payment_notifications ADD COLUMN body_sha256 VARCHAR(64);

UPDATE payment_notifications
SET body_size = length(body), body_sha256 = encode(sha256(body), 'hex'), body = NULL, headers = NULL, charset = NULL
WHERE status = 'REJECTED';

-- Stored notices keep only the headers the route keeps from now on (StoredNotice.KEPT_HEADERS).
UPDATE payment_notifications
SET headers = (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb)::text
               FROM jsonb_each(headers::jsonb)
               WHERE key IN ('content-type', 'content-length', 'user-agent'))
WHERE headers IS NOT NULL;

-- Stored form bodies lose the values of the credential fields the adapters declare today
-- (NotificationReceiver.secretFields: GMO-PG's ShopPass and friends, DSK's password and tenantid),
-- pair by pair on the raw bytes, so the Shift_JIS of the other fields stays as it was.
CREATE FUNCTION pg_temp.redact_form_field(body BYTEA, field TEXT) RETURNS BYTEA LANGUAGE plpgsql AS $$
DECLARE
    prefix BYTEA := convert_to(field || '=', 'UTF8');
    amp    BYTEA := '\x26'::BYTEA;
    result BYTEA := ''::BYTEA;
    rest   BYTEA := body;
    stop   INT;
    pair   BYTEA;
BEGIN
    LOOP
        stop := position(amp IN rest);
        pair := CASE WHEN stop = 0 THEN rest ELSE substring(rest FROM 1 FOR stop - 1) END;
        IF position(prefix IN pair) = 1 THEN
            pair := prefix || convert_to('****', 'UTF8');
        END IF;
        result := result || pair;
        EXIT WHEN stop = 0;
        result := result || amp;
        rest := substring(rest FROM stop + 1);
    END LOOP;
    RETURN result;
END $$;

DO $$
DECLARE
    field TEXT;
BEGIN
    FOREACH field IN ARRAY ARRAY['ShopPass', 'SitePass', 'AccessPass', 'Token', 'CardNo', 'SecurityCode', 'Expire',
                                 'PaRes', 'MD', 'password', 'tenantid'] LOOP
        UPDATE payment_notifications SET body = pg_temp.redact_form_field(body, field)
        WHERE body IS NOT NULL AND position(convert_to(field || '=', 'UTF8') IN body) > 0;
    END LOOP;
END $$;
