-- 同梱: one slip (送り状番号) may cover several orders for the same address packed in one parcel
-- (Kuroneko atobarai allows up to three orders per slip, kaasl045E). A number is no longer unique
-- across shipments; OrderDesk keeps it to one order unless the operator shares it, deciding
-- concurrent registrations of one number one after the other under an advisory lock per number.
ALTER TABLE shipment_tracking_numbers DROP CONSTRAINT shipment_tracking_numbers_number_uk;
CREATE INDEX shipment_tracking_numbers_number_idx ON shipment_tracking_numbers (tracking_number);
