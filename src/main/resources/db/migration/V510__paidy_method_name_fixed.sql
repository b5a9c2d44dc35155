-- The e-shops manual for Paidy (3-4 ⑧ 支払方法名称): 「あと払い (ペイディ) で固定表示されます。※変更できません」.
-- Since this version the payment API refuses any other name for a method of the Paygent / Paidy
-- adapter; methods created before it are given the fixed name here, so shoppers never see another.
UPDATE payment_methods SET name = 'あと払い(ペイディ)', updated_at = now(), version = version + 1
WHERE provider = 'PAYGENT_PAIDY' AND name <> 'あと払い(ペイディ)';
