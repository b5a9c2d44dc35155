-- Provider calls made for one operator operation (a DSK re-issue: cancel + new registration) share
-- a correlation id, so the log reads as one operation across the two payment attempts.
ALTER TABLE payment_operations ADD COLUMN correlation_id UUID;
