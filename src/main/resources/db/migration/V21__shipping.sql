-- Shipping module: delivery methods (配送方法), shipments with tracking numbers (送り状番号) and the
-- module's own view of each order's shipping schedule, fed by order events (never by SQL on orders).
CREATE TABLE delivery_methods (
    id                     UUID                     NOT NULL PRIMARY KEY,
    code                   VARCHAR(32)              NOT NULL UNIQUE,
    name                   VARCHAR(100)             NOT NULL,
    carrier                VARCHAR(16)              NOT NULL CHECK (carrier IN ('YAMATO', 'SAGAWA', 'JAPAN_POST', 'OTHER')),
    fee_type               VARCHAR(16)              NOT NULL CHECK (fee_type IN ('FLAT', 'BY_PREFECTURE')),
    -- The flat fee, or the fee for prefectures without an entry in delivery_method_fees.
    base_fee               BIGINT                   NOT NULL CHECK (base_fee >= 0),
    date_wish_allowed      BOOLEAN                  NOT NULL,
    time_slot_wish_allowed BOOLEAN                  NOT NULL,
    -- Retired methods stay known (old orders keep editing) but cannot be chosen for new orders.
    retired                BOOLEAN                  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT                   NOT NULL
);

CREATE TABLE delivery_method_fees (
    delivery_method_id UUID       NOT NULL REFERENCES delivery_methods (id) ON DELETE CASCADE,
    prefecture         VARCHAR(8) NOT NULL,
    fee                BIGINT     NOT NULL CHECK (fee >= 0),
    PRIMARY KEY (delivery_method_id, prefecture)
);

CREATE TABLE delivery_method_payment_methods (
    delivery_method_id  UUID        NOT NULL REFERENCES delivery_methods (id) ON DELETE CASCADE,
    payment_method_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (delivery_method_id, payment_method_code)
);

CREATE TABLE shipments (
    id           UUID                     NOT NULL PRIMARY KEY,
    order_id     UUID                     NOT NULL,
    order_number VARCHAR(32)              NOT NULL,
    carrier      VARCHAR(16)              NOT NULL CHECK (carrier IN ('YAMATO', 'SAGAWA', 'JAPAN_POST', 'OTHER')),
    shipped_on   DATE                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL
);
CREATE INDEX shipments_order_idx ON shipments (order_id);
CREATE INDEX shipments_order_number_idx ON shipments (order_number);

-- One tracking number belongs to one shipment of one order, whatever the carrier: the unique
-- constraint is the last line of defence against two concurrent registrations.
CREATE TABLE shipment_tracking_numbers (
    shipment_id     UUID        NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    position        INT         NOT NULL,
    tracking_number VARCHAR(32) NOT NULL,
    PRIMARY KEY (shipment_id, position),
    CONSTRAINT shipment_tracking_numbers_number_uk UNIQUE (tracking_number)
);

-- Quantities shipped per order line (line_no is the order line's 1-based position).
CREATE TABLE shipment_lines (
    shipment_id UUID NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    line_no     INT  NOT NULL CHECK (line_no >= 1),
    quantity    INT  NOT NULL CHECK (quantity >= 1),
    PRIMARY KEY (shipment_id, line_no)
);

-- Shipping's own copy of what it needs about each order, kept by listening to order events.
CREATE TABLE shipping_schedules (
    order_id           UUID                     NOT NULL PRIMARY KEY,
    order_number       VARCHAR(32)              NOT NULL UNIQUE,
    order_status       VARCHAR(16)              NOT NULL,
    placed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    wished_date        DATE,
    expected_ship_date DATE                     NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX shipping_schedules_overdue_idx ON shipping_schedules (order_status, expected_ship_date);
