-- The order ledger. Amounts are tax-inclusive yen (bigint). Indexes are chosen for the order list
-- filters (OrderSearchQuery): trigram GIN for partial text, B-tree for the rest.
CREATE SEQUENCE order_number_seq START 1;

CREATE TABLE orders (
    id                      UUID                     NOT NULL PRIMARY KEY,
    number                  VARCHAR(32)              NOT NULL UNIQUE,
    placed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    channel                 VARCHAR(16)              NOT NULL CHECK (channel IN ('STORE', 'ADMIN')),
    status                  VARCHAR(16)              NOT NULL
        CHECK (status IN ('NEW', 'PROCESSING', 'SHIPPED', 'COMPLETED', 'CANCELLED')),
    customer_name           VARCHAR(100)             NOT NULL,
    customer_kana           VARCHAR(100),
    customer_email          VARCHAR(254)             NOT NULL,
    customer_phone          VARCHAR(20)              NOT NULL,
    customer_mobile_phone   VARCHAR(20),
    customer_company        VARCHAR(100),
    customer_postal_code    VARCHAR(8)               NOT NULL,
    customer_prefecture     VARCHAR(8)               NOT NULL,
    customer_city           VARCHAR(100)             NOT NULL,
    customer_address1       VARCHAR(200)             NOT NULL,
    customer_address2       VARCHAR(200),
    -- Both phone numbers as digits only, so that "090-1234" finds "09012345678".
    customer_phone_digits   TEXT GENERATED ALWAYS AS (
        regexp_replace(customer_phone || ' ' || coalesce(customer_mobile_phone, ''), '[^0-9 ]', '', 'g')) STORED,
    delivery_name           VARCHAR(100)             NOT NULL,
    delivery_kana           VARCHAR(100),
    delivery_phone          VARCHAR(20)              NOT NULL,
    delivery_company        VARCHAR(100),
    delivery_postal_code    VARCHAR(8)               NOT NULL,
    delivery_prefecture     VARCHAR(8)               NOT NULL,
    delivery_city           VARCHAR(100)             NOT NULL,
    delivery_address1       VARCHAR(200)             NOT NULL,
    delivery_address2       VARCHAR(200),
    customer_id             UUID,
    delivery_method_code    VARCHAR(32),
    payment_method_code     VARCHAR(32),
    payment_status          VARCHAR(32),
    delivery_date           DATE,
    delivery_time_slot      VARCHAR(32),
    shipping_fee            BIGINT                   NOT NULL CHECK (shipping_fee >= 0),
    payment_fee             BIGINT                   NOT NULL CHECK (payment_fee >= 0),
    adjustment_amount       BIGINT                   NOT NULL,
    adjustment_label        VARCHAR(100),
    adjustment_tax_category VARCHAR(16)              NOT NULL,
    used_points             BIGINT                   NOT NULL CHECK (used_points >= 0),
    subtotal                BIGINT                   NOT NULL,
    total_amount            BIGINT                   NOT NULL CHECK (total_amount >= 0),
    tax_base_10             BIGINT                   NOT NULL,
    tax_10                  BIGINT                   NOT NULL,
    tax_base_8              BIGINT                   NOT NULL,
    tax_8                   BIGINT                   NOT NULL,
    customer_note           VARCHAR(2000),
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL
);

CREATE INDEX orders_placed_at_idx ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_status_placed_at_idx ON orders (status, placed_at DESC, id DESC);
CREATE INDEX orders_total_amount_idx ON orders (total_amount);
CREATE INDEX orders_delivery_method_idx ON orders (delivery_method_code, placed_at DESC);
CREATE INDEX orders_payment_method_idx ON orders (payment_method_code, placed_at DESC);
CREATE INDEX orders_payment_status_idx ON orders (payment_status, placed_at DESC);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_customer_name_trgm_idx ON orders USING gin (customer_name gin_trgm_ops);
CREATE INDEX orders_customer_kana_trgm_idx ON orders USING gin (customer_kana gin_trgm_ops);
CREATE INDEX orders_customer_email_trgm_idx ON orders USING gin (customer_email gin_trgm_ops);
CREATE INDEX orders_customer_phone_trgm_idx ON orders USING gin (customer_phone_digits gin_trgm_ops);

CREATE TABLE order_lines (
    order_id     UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no      INT          NOT NULL,
    product_code VARCHAR(64)  NOT NULL,
    product_name VARCHAR(255) NOT NULL,
    unit_price   BIGINT       NOT NULL CHECK (unit_price >= 0),
    quantity     INT          NOT NULL CHECK (quantity >= 1),
    tax_category VARCHAR(16)  NOT NULL CHECK (tax_category IN ('STANDARD_10', 'REDUCED_8')),
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_product_code_idx ON order_lines (product_code, order_id);

CREATE TABLE order_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    UUID                     NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(120)             NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    description TEXT                     NOT NULL
);
CREATE INDEX order_history_order_idx ON order_history (order_id, occurred_at, id);
