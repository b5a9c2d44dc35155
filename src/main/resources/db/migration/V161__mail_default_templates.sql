-- The shop's customer mails in Japanese, version 1 (Mustache placeholders; see the README's mail
-- section for the list). ADMINs edit them through /api/admin/mail/templates; every edit is a new
-- version. Which of them go out by themselves is auto_send.
INSERT INTO mail_templates (code, language, name, trigger_event, auto_send, current_version, updated_at, updated_by) VALUES
    ('ORDER_RECEIVED',   'ja', '注文受付メール',             'ORDER_RECEIVED',   TRUE,  1, now(), 'system'),
    ('PAYMENT_RECEIVED', 'ja', '入金確認メール',             'PAYMENT_RECEIVED', TRUE,  1, now(), 'system'),
    ('SHIPPED',          'ja', '発送メール',                 'SHIPPED',          TRUE,  1, now(), 'system'),
    ('CANCELLED',        'ja', 'キャンセルメール',           'CANCELLED',        TRUE,  1, now(), 'system'),
    ('PAYMENT_FAILED',   'ja', 'カード未決済・決済不可メール', 'PAYMENT_FAILED',   TRUE,  1, now(), 'system'),
    ('FREE',             'ja', 'フリーメール',               'MANUAL',           FALSE, 1, now(), 'system');

INSERT INTO mail_template_versions (code, language, version, subject, body, created_at, created_by) VALUES
('ORDER_RECEIVED', 'ja', 1, '【{{shop.name}}】ご注文ありがとうございます（ご注文番号 {{order.number}}）',
$${{customer.name}} 様

このたびは{{shop.name}}をご利用いただき、誠にありがとうございます。
下記の内容でご注文を承りました。

■ご注文番号: {{order.number}}
■ご注文日時: {{order.placedAt}}

■ご注文内容
{{#order.lines}}
{{productName}}
  {{unitPrice}} × {{quantity}} = {{amount}}
{{/order.lines}}

小計: {{order.subtotal}}
送料: {{order.shippingFee}}
手数料: {{order.paymentFee}}
{{#order.adjustment}}
{{order.adjustmentLabel}}: {{order.adjustment}}
{{/order.adjustment}}
{{#order.usedPoints}}
ポイント利用: -{{order.usedPoints}}
{{/order.usedPoints}}
合計: {{order.total}}

■お支払い方法: {{payment.method}}
{{#payment.mailTitle}}
【{{payment.mailTitle}}】
{{/payment.mailTitle}}
{{#payment.url}}
お支払い方法選択ページ:
{{payment.url}}
{{/payment.url}}
{{#payment.mailText}}
{{payment.mailText}}
{{/payment.mailText}}
{{#payment.deadline}}
お支払い期限: {{payment.deadline}}
{{/payment.deadline}}

■お届け先
{{delivery.name}} 様
〒{{delivery.postalCode}} {{delivery.address}}
TEL {{delivery.phone}}
{{#order.deliveryDate}}
お届け希望日: {{order.deliveryDate}} {{order.deliveryTimeSlot}}
{{/order.deliveryDate}}

商品の発送準備が整いましたら、あらためてご連絡いたします。

{{shop.name}}
{{shop.email}}
$$, now(), 'system'),
('PAYMENT_RECEIVED', 'ja', 1, '【{{shop.name}}】ご入金を確認いたしました（ご注文番号 {{order.number}}）',
$${{customer.name}} 様

{{shop.name}}をご利用いただき、誠にありがとうございます。
ご注文番号 {{order.number}} のご入金を確認いたしました。

■お支払い方法: {{payment.method}}
■ご入金額: {{payment.amount}}

商品の発送まで、今しばらくお待ちください。

{{shop.name}}
{{shop.email}}
$$, now(), 'system'),
('SHIPPED', 'ja', 1, '【{{shop.name}}】商品を発送いたしました（ご注文番号 {{order.number}}）',
$${{customer.name}} 様

{{shop.name}}をご利用いただき、誠にありがとうございます。
ご注文番号 {{order.number}} の商品を{{shipment.shippedOn}}に発送いたしました。

■配送会社: {{shipment.carrier}}
■お問い合わせ伝票番号
{{#shipment.trackingNumbers}}
{{number}}
{{#url}}
配送状況: {{url}}
{{/url}}
{{/shipment.trackingNumbers}}

■お届け先
{{delivery.name}} 様
〒{{delivery.postalCode}} {{delivery.address}}

商品の到着まで、今しばらくお待ちください。

{{shop.name}}
{{shop.email}}
$$, now(), 'system'),
('CANCELLED', 'ja', 1, '【{{shop.name}}】ご注文キャンセルのお知らせ（ご注文番号 {{order.number}}）',
$${{customer.name}} 様

{{shop.name}}をご利用いただき、誠にありがとうございます。
下記のご注文をキャンセルいたしました。

■ご注文番号: {{order.number}}
■ご注文日時: {{order.placedAt}}
■合計: {{order.total}}
{{#payment.method}}
■お支払い方法: {{payment.method}}
{{/payment.method}}

お支払い済みの代金がある場合は、返金の方法をあらためてご連絡いたします。
お心当たりのない場合は、本メールにご返信ください。

{{shop.name}}
{{shop.email}}
$$, now(), 'system'),
('PAYMENT_FAILED', 'ja', 1, '【{{shop.name}}】お支払い手続きが完了しませんでした（ご注文番号 {{order.number}}）',
$${{customer.name}} 様

{{shop.name}}をご利用いただき、誠にありがとうございます。
ご注文番号 {{order.number}} のお支払い（{{payment.method}}）の手続きが完了しませんでした。
（クレジットカードの決済ができなかった場合や、後払いの審査・認証が完了しなかった場合にお送りしています）

このままではご注文をお受けできません。お手数ですが、他のお支払い方法でのお手続きをご希望の場合は、
本メールにご返信いただくか、下記までご連絡ください。
ご連絡がない場合、ご注文はキャンセルとさせていただきます。

■ご注文番号: {{order.number}}
■合計: {{order.total}}

{{shop.name}}
{{shop.email}}
$$, now(), 'system'),
('FREE', 'ja', 1, '【{{shop.name}}】ご注文（{{order.number}}）について',
$${{customer.name}} 様

{{message}}

{{shop.name}}
{{shop.email}}
$$, now(), 'system');

