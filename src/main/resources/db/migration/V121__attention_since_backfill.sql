-- Payments flagged before flags had a time wait since their last change, as far as anyone knows.
UPDATE payments SET attention_since = updated_at WHERE needs_attention AND attention_since IS NULL;
