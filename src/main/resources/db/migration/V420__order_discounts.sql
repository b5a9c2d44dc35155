-- 値引き recorded after the sale (a partial refund's matching discount, manual "一部返金"): a list per
-- order, each for one tax rate, allowed on COMPLETED orders too and repeatable. Amounts are the
-- tax-inclusive yen taken off (positive); the order's totals subtract them from their rate's base.
CREATE TABLE order_discounts (
    order_id     UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    discount_no  INT                      NOT NULL,
    amount       BIGINT                   NOT NULL CHECK (amount > 0),
    tax_category VARCHAR(16)              NOT NULL,
    label        VARCHAR(100)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, discount_no)
);
