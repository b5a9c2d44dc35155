-- What an unsigned notice must agree with on its payment (DSK's dskid) before it is applied: for a
-- provider without a status API this match, not a status query, confirms the notice.
ALTER TABLE payment_notifications ADD COLUMN match_references TEXT;
