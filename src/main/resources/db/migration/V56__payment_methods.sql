-- Payment module: the shop's payment methods (支払方法設定), each bound to one provider.
CREATE TABLE payment_methods (
    code                VARCHAR(32)              NOT NULL PRIMARY KEY,
    name                VARCHAR(100)             NOT NULL,
    provider            VARCHAR(32)              NOT NULL,
    enabled             BOOLEAN                  NOT NULL,
    sort_order          INT                      NOT NULL,
    capture_immediately BOOLEAN                  NOT NULL,
    fee_type            VARCHAR(8)               NOT NULL CHECK (fee_type IN ('FIXED', 'BANDS')),
    -- The fee of a FIXED method; BANDS methods keep theirs in payment_method_fee_bands.
    fixed_fee           BIGINT                   NOT NULL CHECK (fixed_fee >= 0),
    fee_tax_category    VARCHAR(16)              NOT NULL,
    min_amount          BIGINT CHECK (min_amount >= 0),
    max_amount          BIGINT CHECK (max_amount >= 0),
    completion_text     VARCHAR(4000),
    email_title         VARCHAR(200),
    email_text          VARCHAR(4000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CHECK (min_amount IS NULL OR max_amount IS NULL OR min_amount <= max_amount)
);

-- Amount bands: from from_amount (yen, inclusive) up to the next band the fee is fee.
CREATE TABLE payment_method_fee_bands (
    method_code VARCHAR(32) NOT NULL REFERENCES payment_methods (code) ON DELETE CASCADE,
    band_no     INT         NOT NULL,
    from_amount BIGINT      NOT NULL CHECK (from_amount >= 0),
    fee         BIGINT      NOT NULL CHECK (fee >= 0),
    PRIMARY KEY (method_code, band_no)
);

-- No rows means every delivery method / every customer may use the method. Codes of other
-- modules are kept as plain values: no foreign key crosses a module boundary.
CREATE TABLE payment_method_delivery_methods (
    method_code          VARCHAR(32) NOT NULL REFERENCES payment_methods (code) ON DELETE CASCADE,
    delivery_method_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (method_code, delivery_method_code)
);

CREATE TABLE payment_method_customer_groups (
    method_code         VARCHAR(32) NOT NULL REFERENCES payment_methods (code) ON DELETE CASCADE,
    customer_group_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (method_code, customer_group_code)
);

CREATE TABLE payment_method_options (
    method_code VARCHAR(32)   NOT NULL REFERENCES payment_methods (code) ON DELETE CASCADE,
    name        VARCHAR(64)   NOT NULL,
    value       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (method_code, name)
);
