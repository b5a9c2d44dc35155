-- 帳票一括出力 runs on the order-export jobs: besides the 受注CSV an export can be the selected
-- orders' 納品書 or 領収書, as one PDF or as a ZIP of one PDF per order.
ALTER TABLE order_exports
    ADD COLUMN kind VARCHAR(32) NOT NULL DEFAULT 'ORDER_CSV'
        CHECK (kind IN ('ORDER_CSV', 'DELIVERY_NOTES_PDF', 'DELIVERY_NOTES_ZIP', 'RECEIPTS_PDF', 'RECEIPTS_ZIP'));
