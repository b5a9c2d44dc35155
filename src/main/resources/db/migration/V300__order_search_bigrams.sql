-- Two-character name fragments (a 2-kanji surname such as 山田, two kana) for the order list:
-- pg_trgm cannot serve a pattern shorter than three characters, so such a search read every order.
-- Each search key (V150) is also kept as the array of its distinct two-character substrings with a
-- GIN index; OrderSearchQuery asks `bigrams @> ARRAY[fragment]` for a 2-character fragment and keeps
-- the LIKE as the exact test. Plain SQL (no pg_bigm), so any PostgreSQL 15+ runs it.
CREATE FUNCTION orderdesk_bigrams(value TEXT) RETURNS TEXT[]
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    RETURN ARRAY(SELECT DISTINCT substr(value, i, 2) FROM generate_series(1, char_length(value) - 1) AS i);

-- A generated column cannot read another one, so the key is folded again here (same function).
ALTER TABLE orders
    ADD COLUMN customer_name_bigrams TEXT[] GENERATED ALWAYS AS (orderdesk_bigrams(orderdesk_search_key(customer_name))) STORED,
    ADD COLUMN customer_kana_bigrams TEXT[] GENERATED ALWAYS AS (orderdesk_bigrams(orderdesk_search_key(customer_kana))) STORED;

CREATE INDEX orders_customer_name_bigrams_idx ON orders USING gin (customer_name_bigrams);
CREATE INDEX orders_customer_kana_bigrams_idx ON orders USING gin (customer_kana_bigrams);
