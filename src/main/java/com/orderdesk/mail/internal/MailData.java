package com.orderdesk.mail.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.PaymentInstruction;
import com.orderdesk.payment.PaymentInstructions;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.shipping.TrackingUrls;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.ShipmentInfo;
import com.orderdesk.shipping.ShippingManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The placeholders a template sees, gathered from the order, payment and shipping APIs: {@code shop},
 * {@code order} (with {@code lines}), {@code customer}, {@code delivery}, {@code payment},
 * {@code shipment} and the operator's {@code message}. Every key is always present (null when there
 * is no value), so a misspelt placeholder is an error rather than an empty gap. Amounts are
 * formatted as Japanese shops print them (1,080円), times in Japan time.
 */
@Component
class MailData {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final OrderManagement orders;
    private final PaymentInstructions payments;
    private final ShippingManagement shipping;
    private final MailProperties properties;
    private final TrackingUrls trackingUrls;

    MailData(OrderManagement orders, PaymentInstructions payments, ShippingManagement shipping,
            MailProperties properties, TrackingUrls trackingUrls) {
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
        this.properties = properties;
        this.trackingUrls = trackingUrls;
    }

    /**
     * What one mail about an order is rendered from.
     *
     * @param paymentStarting whether the order's payment is still being started (its page may follow)
     */
    record Facts(UUID orderId, String recipient, Map<String, Object> context, boolean paymentStarting) {
    }

    /**
     * @param shipmentId the shipment a 発送 mail is about; null for the latest one
     * @throws com.orderdesk.order.OrderNotFound when there is no such order
     */
    Facts gather(String orderNumber, @Nullable String shipmentId, @Nullable String message) {
        Order order = orders.find(orderNumber);
        Optional<PaymentInstruction> payment = payments.forOrder(order.id(), order.paymentMethodCode());
        Optional<ShipmentInfo> shipment = shipment(order.id(), shipmentId);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("shop", shop());
        context.put("order", order(order));
        context.put("customer", customer(order.customer()));
        context.put("delivery", delivery(order.delivery()));
        context.put("payment", payment(payment.orElse(null)));
        context.put("shipment", shipment(shipment.orElse(null)));
        context.put("message", message);
        return new Facts(order.id(), order.customer().email(), context,
                payment.map(PaymentInstruction::starting).orElse(false));
    }

    /** A context with every placeholder filled with an example, for checking templates and previews. */
    Map<String, Object> sample() {
        Map<String, Object> line = map("productCode", "TEA-001", "productName", "煎茶 100g", "unitPrice", yen(1080),
                "quantity", 2, "amount", yen(2160));
        Map<String, Object> order = map("number", "OD-000001", "placedAt", "2026年11月1日 10:00", "status", "NEW",
                "lines", List.of(line), "subtotal", yen(2160), "shippingFee", yen(550), "paymentFee", yen(0),
                "adjustment", yen(-200), "adjustmentLabel", "クーポン", "usedPoints", yen(100), "total", yen(2410),
                "customerNote", "", "deliveryDate", "2026年11月5日", "deliveryTimeSlot", "午前中",
                "deliveryMethod", "YAMATO");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("shop", shop());
        context.put("order", order);
        context.put("customer", map("name", "山田 太郎", "kana", "ヤマダ タロウ", "email", "taro@example.jp",
                "phone", "03-1234-5678", "company", "", "postalCode", "150-0001", "address", "東京都渋谷区神宮前1-2-3"));
        context.put("delivery", map("name", "山田 太郎", "company", "", "postalCode", "150-0001",
                "address", "東京都渋谷区神宮前1-2-3", "phone", "03-1234-5678"));
        context.put("payment", map("method", "コンビニ払い", "methodCode", "CVS", "status", "PENDING",
                "mailTitle", "コンビニ払い", "mailText", "お支払い方法選択ページからお支払いください。",
                "url", "https://example.jp/pay", "deadline", "2026年11月6日", "amount", yen(2410)));
        context.put("shipment", map("carrier", "ヤマト運輸", "trackingNumber", "123456789012",
                "trackingUrl", "https://example.jp/track/123456789012", "shippedOn", "2026年11月2日",
                "trackingNumbers", List.of(map("number", "123456789012", "url", "https://example.jp/track/123456789012"))));
        context.put("message", "ご連絡いたします。");
        return context;
    }

    private Map<String, Object> shop() {
        return map("name", properties.shopName(), "email", properties.shopEmail());
    }

    private static Map<String, Object> order(Order order) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.add(map("productCode", line.productCode(), "productName", line.productName(),
                    "unitPrice", yen(line.unitPrice()), "quantity", line.quantity(), "amount", yen(line.amount())));
        }
        long adjustment = order.adjustment().amount();
        return map("number", order.number(), "placedAt", dateTime(order.placedAt()), "status", order.status().name(),
                "lines", lines, "subtotal", yen(order.totals().subtotal()), "shippingFee", yen(order.shippingFee()),
                "paymentFee", yen(order.paymentFee()),
                "adjustment", adjustment == 0 ? null : yen(adjustment), "adjustmentLabel", order.adjustment().label(),
                "usedPoints", order.usedPoints() == 0 ? null : yen(order.usedPoints()),
                "total", yen(order.totals().total()), "customerNote", order.customerNote(),
                "deliveryDate", date(order.deliveryDate()), "deliveryTimeSlot", order.deliveryTimeSlot(),
                "deliveryMethod", order.deliveryMethodCode());
    }

    private static Map<String, Object> customer(CustomerDetails customer) {
        return map("name", customer.name(), "kana", customer.kana(), "email", customer.email(),
                "phone", customer.phone(), "company", customer.company(), "postalCode", customer.postalCode(),
                "address", address(customer.prefecture(), customer.city(), customer.address1(), customer.address2()));
    }

    private static Map<String, Object> delivery(DeliveryAddress delivery) {
        return map("name", delivery.name(), "company", delivery.company(), "postalCode", delivery.postalCode(),
                "address", address(delivery.prefecture(), delivery.city(), delivery.address1(), delivery.address2()),
                "phone", delivery.phone());
    }

    private static Map<String, Object> payment(@Nullable PaymentInstruction payment) {
        if (payment == null) {
            return map("method", null, "methodCode", null, "status", null, "mailTitle", null, "mailText", null,
                    "url", null, "deadline", null, "amount", null);
        }
        PaymentStatus status = payment.status();
        return map("method", payment.methodName(), "methodCode", payment.paymentMethodCode(),
                "status", status == null ? null : status.name(), "mailTitle", payment.mailTitle(),
                "mailText", payment.mailText(), "url", payment.paymentUrl(), "deadline", deadline(payment.paymentDeadline()),
                "amount", status == null ? null : yen(payment.amount()));
    }

    private Map<String, Object> shipment(@Nullable ShipmentInfo shipment) {
        if (shipment == null) {
            return map("carrier", null, "trackingNumber", null, "trackingUrl", null, "shippedOn", null,
                    "trackingNumbers", List.of());
        }
        List<Map<String, Object>> numbers = shipment.trackingNumbers().stream()
                .map(number -> map("number", number, "url", trackingUrls.of(shipment.carrier(), number)))
                .toList();
        String first = shipment.trackingNumbers().isEmpty() ? null : shipment.trackingNumbers().get(0);
        return map("carrier", carrierName(shipment.carrier()), "trackingNumber", first,
                "trackingUrl", first == null ? null : trackingUrls.of(shipment.carrier(), first),
                "shippedOn", date(shipment.shippedOn()), "trackingNumbers", numbers);
    }

    private Optional<ShipmentInfo> shipment(UUID orderId, @Nullable String shipmentId) {
        List<ShipmentInfo> all = shipping.shipmentsOf(orderId);
        if (shipmentId != null) {
            Optional<ShipmentInfo> named = all.stream().filter(s -> s.shipmentId().toString().equals(shipmentId)).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return all.stream().max(Comparator.comparing(ShipmentInfo::shippedOn));
    }

    static String carrierName(Carrier carrier) {
        return switch (carrier) {
            case YAMATO -> "ヤマト運輸";
            case SAGAWA -> "佐川急便";
            case JAPAN_POST -> "日本郵便";
            case OTHER -> "その他";
        };
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    private static @Nullable String dateTime(@Nullable Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(ShopTime.ZONE));
    }

    /**
     * A deadline as the shopper reads it: one at midnight is the day before (a DSK payment due
     * "by 2026-12-06 00:00" is payable until 12月5日), any other with its time.
     */
    private static @Nullable String deadline(@Nullable Instant deadline) {
        if (deadline == null) {
            return null;
        }
        boolean midnight = deadline.atZone(ShopTime.ZONE).toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        return midnight ? DATE.format(ShopTime.lastDayBefore(deadline)) : dateTime(deadline);
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String address(String prefecture, String city, String address1, @Nullable String address2) {
        return prefecture + city + address1 + (address2 == null || address2.isBlank() ? "" : " " + address2);
    }

    /** A map that keeps null values (Map.of does not), in the given order. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
