-- 定期購入 (subscriptions): the schedule, its lines, the orders generated per cycle and the change
-- history. Owned by the subscription module; other modules' rows are referenced by id only.
ALTER TABLE orders DROP CONSTRAINT orders_channel_check;
ALTER TABLE orders ADD CONSTRAINT orders_channel_check CHECK (channel IN ('STORE', 'ADMIN', 'SUBSCRIPTION'));

CREATE SEQUENCE subscription_number_seq START 1;

CREATE TABLE subscriptions (
    id                      UUID                     NOT NULL PRIMARY KEY,
    number                  VARCHAR(32)              NOT NULL UNIQUE,
    customer_id             UUID                     NOT NULL,
    -- The store (API key tenant) that started it through the store API; null for an operator's.
    store_id                UUID,
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
    delivery_name           VARCHAR(100)             NOT NULL,
    delivery_kana           VARCHAR(100),
    delivery_phone          VARCHAR(20)              NOT NULL,
    delivery_company        VARCHAR(100),
    delivery_postal_code    VARCHAR(8)               NOT NULL,
    delivery_prefecture     VARCHAR(8)               NOT NULL,
    delivery_city           VARCHAR(100)             NOT NULL,
    delivery_address1       VARCHAR(200)             NOT NULL,
    delivery_address2       VARCHAR(200),
    delivery_method_code    VARCHAR(32),
    payment_method_code     VARCHAR(32)              NOT NULL,
    stored_card_id          VARCHAR(64),
    shipping_fee            BIGINT                   NOT NULL CHECK (shipping_fee >= 0),
    payment_fee             BIGINT                   NOT NULL CHECK (payment_fee >= 0),
    interval_unit           VARCHAR(16)              NOT NULL
        CHECK (interval_unit IN ('DAYS', 'WEEKS', 'MONTHS', 'DAY_OF_MONTH')),
    interval_every          INTEGER                  NOT NULL CHECK (interval_every BETWEEN 1 AND 366),
    day_of_month            INTEGER                  CHECK (day_of_month BETWEEN 1 AND 31),
    anchor_date             DATE                     NOT NULL,
    anchor_cycle            INTEGER                  NOT NULL,
    next_cycle              INTEGER                  NOT NULL,
    next_delivery_date      DATE                     NOT NULL,
    next_order_date         DATE                     NOT NULL,
    lead_days               INTEGER                  NOT NULL CHECK (lead_days BETWEEN 0 AND 60),
    status                  VARCHAR(16)              NOT NULL
        CHECK (status IN ('ACTIVE', 'PAUSED', 'CANCELLED', 'ENDED')),
    deliveries              INTEGER                  NOT NULL DEFAULT 0,
    end_after_deliveries    INTEGER                  CHECK (end_after_deliveries >= 1),
    end_on                  DATE,
    generation_problem      TEXT,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL
);

-- The generator's scan: active subscriptions whose next order date has come.
CREATE INDEX subscriptions_due ON subscriptions (next_order_date) WHERE status = 'ACTIVE';
CREATE INDEX subscriptions_customer ON subscriptions (customer_id);

CREATE TABLE subscription_lines (
    subscription_id UUID         NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    line_no         INTEGER      NOT NULL,
    product_code    VARCHAR(64)  NOT NULL,
    product_name    VARCHAR(255) NOT NULL,
    unit_price      BIGINT       NOT NULL CHECK (unit_price >= 0),
    quantity        INTEGER      NOT NULL CHECK (quantity >= 1),
    tax_category    VARCHAR(16)  NOT NULL,
    PRIMARY KEY (subscription_id, line_no)
);

-- One row per generated order. UNIQUE (subscription_id, cycle) is what makes a cycle's order
-- exist at most once, whatever crashes, reruns or parallel instances do.
CREATE TABLE subscription_orders (
    id                  UUID                     NOT NULL PRIMARY KEY,
    subscription_id     UUID                     NOT NULL REFERENCES subscriptions (id),
    cycle               INTEGER                  NOT NULL,
    delivery_date       DATE                     NOT NULL,
    order_id            UUID                     NOT NULL UNIQUE,
    order_number        VARCHAR(32)              NOT NULL,
    total               BIGINT                   NOT NULL,
    payment_method_code VARCHAR(32)              NOT NULL,
    payment_started     BOOLEAN                  NOT NULL DEFAULT FALSE,
    payment_claimed_until TIMESTAMP WITH TIME ZONE,
    payment_status      VARCHAR(32),
    decline_code        VARCHAR(64),
    decline_message     VARCHAR(500),
    next_action_url     VARCHAR(2048),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (subscription_id, cycle)
);

CREATE INDEX subscription_orders_unstarted ON subscription_orders (created_at) WHERE NOT payment_started;
CREATE INDEX subscription_orders_payment_status ON subscription_orders (payment_status);

CREATE TABLE subscription_history (
    id              BIGSERIAL                NOT NULL PRIMARY KEY,
    subscription_id UUID                     NOT NULL REFERENCES subscriptions (id),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100)             NOT NULL,
    description     TEXT                     NOT NULL
);

CREATE INDEX subscription_history_timeline ON subscription_history (subscription_id, id);
