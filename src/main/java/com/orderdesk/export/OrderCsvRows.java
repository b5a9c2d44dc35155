package com.orderdesk.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.shipping.ShipmentInfo;
import org.jspecify.annotations.Nullable;

/**
 * The 受注CSV layout: one row per order line, the order's columns repeated on each, then its latest
 * payment attempt and its shipments (several parcels joined by spaces). Amounts in yen, times in
 * Japan time.
 */
final class OrderCsvRows {

    static final List<String> HEADER = List.of("受注番号", "受注日時", "受注ステータス", "購入者名", "購入者カナ",
            "メールアドレス", "電話番号", "お届け先名", "お届け先郵便番号", "お届け先都道府県", "お届け先住所",
            "お届け先電話番号", "配送方法", "お届け希望日", "お届け希望時間帯", "支払方法", "決済会社", "決済ステータス",
            "決済会社ステータス", "決済金額", "売上確定額", "返金額", "商品コード", "商品名", "単価", "数量", "税区分",
            "商品小計", "送料", "決済手数料", "調整額", "利用ポイント", "合計金額", "配送業者", "追跡番号", "出荷日");

    private static final DateTimeFormatter PLACED = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private OrderCsvRows() {
    }

    static List<List<?>> of(Order order, List<PaymentDetails> payments, List<ShipmentInfo> shipments) {
        PaymentDetails payment = payments.stream().max(Comparator.comparingInt(PaymentDetails::attempt)).orElse(null);
        DeliveryAddress to = order.delivery();
        String address = String.join(" ", Arrays.asList(to.city(), to.address1(), to.address2() == null ? "" : to.address2()))
                .strip();
        String carriers = shipments.stream().map(shipment -> shipment.carrier().name()).distinct()
                .collect(Collectors.joining(" "));
        String trackingNumbers = shipments.stream().flatMap(shipment -> shipment.trackingNumbers().stream())
                .collect(Collectors.joining(" "));
        String shippedOn = shipments.stream().map(ShipmentInfo::shippedOn).max(Comparator.naturalOrder())
                .map(Object::toString).orElse("");
        List<List<?>> rows = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            rows.add(Arrays.asList(order.number(), PLACED.format(order.placedAt()), order.status().name(),
                    order.customer().name(), order.customer().kana(), order.customer().email(), order.customer().phone(),
                    to.name(), to.postalCode(), to.prefecture(), address, to.phone(), order.deliveryMethodCode(),
                    order.deliveryDate(), order.deliveryTimeSlot(), order.paymentMethodCode(),
                    payment == null ? null : payment.provider().displayName(), status(order, payment),
                    payment == null ? null : payment.providerStatus(), payment == null ? null : payment.amount(),
                    payment == null ? null : payment.capturedAmount(), payment == null ? null : payment.refundedAmount(),
                    line.productCode(), line.productName(), line.unitPrice(), line.quantity(), line.taxCategory().name(),
                    line.unitPrice() * line.quantity(), order.shippingFee(), order.paymentFee(),
                    order.adjustment().amount(), order.usedPoints(), order.totals().total(), carriers, trackingNumbers,
                    shippedOn));
        }
        return rows;
    }

    private static @Nullable String status(Order order, @Nullable PaymentDetails payment) {
        return payment != null ? payment.status().name() : order.paymentStatus();
    }
}
