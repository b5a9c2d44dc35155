package com.orderdesk.shipping.internal.b2;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.Order;
import com.orderdesk.order.OrderLine;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shipping.internal.ShippingProperties;
import com.orderdesk.shipping.internal.YamatoTimeSlots;

/**
 * One order as one row of B2's import layout. Text that B2 would refuse (not CP932, not JIS
 * level 1/2, too long) is reported per field rather than cut, because a cut name or address sends
 * the parcel to the wrong door; only the item name (品名) is shortened.
 */
final class B2RowMapper {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final ShippingProperties.B2 account;

    B2RowMapper(ShippingProperties.B2 account) {
        this.account = account;
    }

    /** The row, or the reasons it cannot be written (added to {@code errors}, named by order and field). */
    List<String> row(Order order, LocalDate shipDate, List<FieldError> errors) {
        String[] row = new String[B2Layout.COLUMNS];
        Arrays.fill(row, "");
        Writer writer = new Writer(row, "orders[" + order.number() + "]", errors);
        DeliveryAddress to = order.delivery();
        boolean collect = order.paymentMethodCode() != null && account.collectCodes().contains(order.paymentMethodCode());

        writer.put(B2Layout.CUSTOMER_REFERENCE, "number", order.number(), 50);
        writer.put(B2Layout.INVOICE_TYPE, "type", collect ? B2Layout.COLLECT : B2Layout.PREPAID, 1);
        writer.put(B2Layout.COOL, "cool", "0", 1);
        writer.put(B2Layout.SHIP_DATE, "shipDate", shipDate.format(DATE), 10);
        if (order.deliveryDate() != null) {
            writer.put(B2Layout.DELIVERY_DATE, "deliveryDate", order.deliveryDate().format(DATE), 10);
        }
        if (order.deliveryTimeSlot() != null) {
            YamatoTimeSlots.code(order.deliveryTimeSlot()).ifPresentOrElse(
                    code -> writer.put(B2Layout.TIME_SLOT, "deliveryTimeSlot", code, 4),
                    () -> writer.error("deliveryTimeSlot", "'" + order.deliveryTimeSlot()
                            + "' is not a B2 time slot (午前中, 14-16, 16-18, 18-20, 19-21)"));
        }
        writer.put(B2Layout.TO_PHONE, "delivery.phone", to.phone(), 15);
        writer.put(B2Layout.TO_POSTAL_CODE, "delivery.postalCode", to.postalCode(), 8);
        writer.put(B2Layout.TO_ADDRESS, "delivery.address", to.prefecture() + to.city() + to.address1(), 64);
        if (to.address2() != null) {
            writer.put(B2Layout.TO_BUILDING, "delivery.address2", to.address2(), 32);
        }
        if (to.company() != null) {
            writer.put(B2Layout.TO_COMPANY, "delivery.company", to.company(), 50);
        }
        writer.put(B2Layout.TO_NAME, "delivery.name", to.name(), 32);
        // Optional for B2: written when the kana converts, left out (never refused) when it does not.
        if (to.kana() != null) {
            B2Kana.halfWidth(to.kana()).map(kana -> B2Text.truncate(kana, 50))
                    .ifPresent(kana -> writer.put(B2Layout.TO_KANA, "delivery.kana", kana, 50));
        }
        writer.put(B2Layout.FROM_PHONE, "sender.phone", nonNull(account.senderPhone()), 15);
        writer.put(B2Layout.FROM_POSTAL_CODE, "sender.postalCode", nonNull(account.senderPostalCode()), 8);
        writer.put(B2Layout.FROM_ADDRESS, "sender.address", nonNull(account.senderAddress()), 64);
        writer.put(B2Layout.FROM_NAME, "sender.name", nonNull(account.senderName()), 32);
        writer.put(B2Layout.ITEM_NAME, "itemName", B2Text.truncate(B2Text.normalize(itemName(order)), 50), 50);
        if (collect) {
            long total = order.totals().total();
            if (total < 1 || total > B2Layout.MAX_COLLECT_AMOUNT) {
                writer.error("total", "コレクト takes 1 to 300,000 yen, the order totals " + total);
            }
            writer.put(B2Layout.COLLECT_AMOUNT, "total", Long.toString(total), 7);
            writer.put(B2Layout.COLLECT_TAX, "tax", Long.toString(order.totals().tax10() + order.totals().tax8()), 7);
        }
        writer.put(B2Layout.BILLING_CUSTOMER_CODE, "billingCustomerCode", nonNull(account.billingCustomerCode()), 12);
        writer.put(B2Layout.FREIGHT_NUMBER, "freightNumber", nonNull(account.freightNumber()), 2);
        writer.put(B2Layout.SEARCH_KEY_TITLE_1, "searchKeyTitle", "注文番号", 20);
        writer.put(B2Layout.SEARCH_KEY_1, "searchKey", order.number(), 20);
        return List.of(row);
    }

    /** 品名 from the lines that go in the parcel; digital lines (download or service goods) do not. */
    private static String itemName(Order order) {
        List<OrderLine> parcel = order.lines().stream().filter(line -> !line.digital()).toList();
        String first = parcel.getFirst().productName();
        return parcel.size() == 1 ? first : first + " 他" + (parcel.size() - 1) + "点";
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Puts checked text into 1-based columns and collects what is wrong with it. */
    private record Writer(String[] row, String prefix, List<FieldError> errors) {

        void put(int column, String field, String value, int maxBytes) {
            String text = B2Text.normalize(value);
            B2Text.problem(text).ifPresentOrElse(problem -> error(field, problem), () -> {
                if (B2Text.byteLength(text) > maxBytes) {
                    error(field, "'" + text + "' is longer than B2 allows (" + maxBytes + " bytes, "
                            + maxBytes / 2 + " full-width characters)");
                }
            });
            row[column - 1] = text;
        }

        void error(String field, String message) {
            errors.add(new FieldError(prefix + "." + field, message));
        }
    }

}
