# The orders columns both loaders COPY (perf/load-orders.sh, perf/load-dsk-payments.sh), in their rows' order.
ORDER_COLUMNS="id, number, placed_at, channel, status, customer_name, customer_kana,
      customer_email, customer_phone, customer_postal_code, customer_prefecture, customer_city, customer_address1,
      delivery_name, delivery_kana, delivery_phone, delivery_postal_code, delivery_prefecture, delivery_city,
      delivery_address1, delivery_method_code, payment_method_code, payment_status, payment_secured, shipping_fee,
      payment_fee, adjustment_amount, adjustment_tax_category, used_points, subtotal, total_amount, tax_base_10,
      tax_10, tax_base_8, tax_8, updated_at, version"
