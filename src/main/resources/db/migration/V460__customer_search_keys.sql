-- Search keys for the member list (会員管理), folded as com.orderdesk.shared.JapaneseText.searchKey
-- folds a query, by V150's orderdesk_search_key: NFKC, no white space, lower case, hiragana as
-- katakana. So 'やまだ　はなこ', 'ﾔﾏﾀﾞﾊﾅｺ' and 'ヤマダ ハナコ' find each other, and 'ａｂｃ' finds 'ABC商事'.
-- Generated columns: PostgreSQL computes them for every existing row now and on every write.
ALTER TABLE customers
    ADD COLUMN name_search    TEXT GENERATED ALWAYS AS (orderdesk_search_key(name)) STORED,
    ADD COLUMN kana_search    TEXT GENERATED ALWAYS AS (orderdesk_search_key(kana)) STORED,
    ADD COLUMN company_search TEXT GENERATED ALWAYS AS (orderdesk_search_key(company)) STORED,
    -- Both phones' digits after NFKC, a space between them so no fragment spans the two.
    ADD COLUMN phone_digits   TEXT GENERATED ALWAYS AS (
        regexp_replace(normalize(coalesce(phone, '') || ' ' || coalesce(mobile_phone, ''), NFKC), '[^0-9 ]', '', 'g'))
        STORED;

-- The raw-column indexes served the former lower(name) LIKE search; the keys replace them.
DROP INDEX customers_name_trgm_idx;
DROP INDEX customers_kana_trgm_idx;
CREATE INDEX customers_name_search_trgm_idx ON customers USING gin (name_search gin_trgm_ops);
CREATE INDEX customers_kana_search_trgm_idx ON customers USING gin (kana_search gin_trgm_ops);
CREATE INDEX customers_company_search_trgm_idx ON customers USING gin (company_search gin_trgm_ops);
CREATE INDEX customers_phone_digits_trgm_idx ON customers USING gin (phone_digits gin_trgm_ops);
