-- A bulk mail job lists its orders in the order the operator selected them.
ALTER TABLE mail_messages ADD COLUMN bulk_position INT;
