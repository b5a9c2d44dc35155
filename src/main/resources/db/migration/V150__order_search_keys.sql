-- Search keys for the order list (受注一覧): the customer's name and kana folded as
-- com.orderdesk.shared.JapaneseText.searchKey folds a query: NFKC (full-width letters and digits to
-- ASCII, half-width kana to full-width), without white space, lower case, hiragana as katakana. So
-- 'やまだ　たろう', 'ﾔﾏﾀﾞﾀﾛｳ' and 'ヤマダ タロウ' find each other. The phone digits are taken after NFKC too.
CREATE FUNCTION orderdesk_search_key(value TEXT) RETURNS TEXT
    LANGUAGE SQL IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
    RETURN translate(lower(regexp_replace(normalize(value, NFKC), '\s+', '', 'g')),
                     'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖゝゞ',
                     'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶヽヾ');

ALTER TABLE orders
    ADD COLUMN customer_name_search TEXT GENERATED ALWAYS AS (orderdesk_search_key(customer_name)) STORED,
    ADD COLUMN customer_kana_search TEXT GENERATED ALWAYS AS (orderdesk_search_key(customer_kana)) STORED;

CREATE INDEX orders_customer_name_search_trgm_idx ON orders USING gin (customer_name_search gin_trgm_ops);
CREATE INDEX orders_customer_kana_search_trgm_idx ON orders USING gin (customer_kana_search gin_trgm_ops);
