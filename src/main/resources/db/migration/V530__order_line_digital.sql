-- A line's kind: goods that ship (default) or digital goods / services that do not (ダウンロード商品,
-- サービス商品). Providers that take only goods that ship (Kuroneko atobarai: 物販商品以外は取り扱えません)
-- refuse orders holding a digital line. Subscriptions keep their lines in the same embeddable.
ALTER TABLE order_lines ADD COLUMN digital BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE subscription_lines ADD COLUMN digital BOOLEAN NOT NULL DEFAULT FALSE;
