-- Customer module: members (会員), their addresses, user groups (ユーザーグループ) and memberships.
-- Orders reference customers by id only; no foreign key crosses into the order tables.
CREATE TABLE customers (
    id           UUID                     NOT NULL PRIMARY KEY,
    name         VARCHAR(100)             NOT NULL,
    kana         VARCHAR(100),
    email        VARCHAR(254)             NOT NULL,
    phone        VARCHAR(20),
    mobile_phone VARCHAR(20),
    company      VARCHAR(100),
    note         VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL
);
-- E-mail addresses are unique regardless of case: Taro@Example.jp and taro@example.jp are one member.
CREATE UNIQUE INDEX customers_email_uk ON customers (lower(email));
CREATE INDEX customers_name_trgm_idx ON customers USING gin (name gin_trgm_ops);
CREATE INDEX customers_kana_trgm_idx ON customers USING gin (kana gin_trgm_ops);

CREATE TABLE customer_addresses (
    customer_id UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    label       VARCHAR(50),
    name        VARCHAR(100),
    phone       VARCHAR(20),
    postal_code VARCHAR(8)   NOT NULL,
    prefecture  VARCHAR(8)   NOT NULL,
    city        VARCHAR(100) NOT NULL,
    address1    VARCHAR(200) NOT NULL,
    address2    VARCHAR(200),
    PRIMARY KEY (customer_id, position)
);

CREATE TABLE customer_groups (
    id          UUID                     NOT NULL PRIMARY KEY,
    code        VARCHAR(32)              NOT NULL UNIQUE,
    name        VARCHAR(100)             NOT NULL,
    description VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Membership by group code, so that groupCodesOf() needs no join and CSV files read naturally.
CREATE TABLE customer_group_members (
    customer_id UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    group_code  VARCHAR(32) NOT NULL REFERENCES customer_groups (code) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (customer_id, group_code)
);
CREATE INDEX customer_group_members_group_idx ON customer_group_members (group_code, customer_id);
