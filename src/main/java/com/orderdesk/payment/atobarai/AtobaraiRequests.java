package com.orderdesk.payment.atobarai;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;
import com.orderdesk.payment.atobarai.AtobaraiAccount.Type;
import com.orderdesk.payment.atobarai.wire.AtobaraiCodes;
import com.orderdesk.payment.atobarai.wire.AtobaraiErrors;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayRecipient;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.shared.JapaneseText;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * Builds the atobarai forms from OrderDesk's requests, within the field rules of the fact sheet's
 * error table ("KAARA0010 request fields"): names and addresses full-width, the kana half-width,
 * address1 starting with the prefecture, phone digits, at most 10 item lines that add up to the
 * total, shipYmd within 90 days. A value that does not fit is refused naming OrderDesk's field
 * ({@link RequestNotSendable}, 422), never cut.
 *
 * <p>Not sent: {@code cartCode} (the cart vendor id Yamato assigns is not public),
 * {@code fraudbuster} and {@code headerInformation} (device data the storefront would have to
 * collect).
 */
final class AtobaraiRequests {

    static final String PROVIDER = "クロネコ代金後払い";
    static final long MIN_TOTAL = 1;
    static final long MAX_TOTAL = 999_999;
    static final int MAX_LINES = 10;
    static final int MAX_SHIP_DAYS = 90;

    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter REQUEST_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Transliterator FULL_WIDTH = Transliterator.getInstance("Halfwidth-Fullwidth");

    private final Clock clock;

    AtobaraiRequests(Clock clock) {
        this.clock = clock;
    }

    /** ycfStrCode, password and requestDate (Japan time), which every call carries. */
    Map<String, String> base(ProviderSettings settings, String orderNo) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ycfStrCode", settings.credential(AtobaraiAccount.STORE_CODE));
        fields.put("password", settings.credential(AtobaraiAccount.PASSWORD));
        fields.put("requestDate", REQUEST_DATE.format(clock.instant().atZone(ShopTime.ZONE)));
        fields.put("orderNo", orderNo);
        return fields;
    }

    LocalDate today() {
        return ShopTime.dateOf(clock.instant());
    }

    /**
     * KAARA0010. shipYmd is the wished delivery date when one is given, else the order date plus the
     * lead days (the manual's 出荷の期限(目安)).
     *
     * @throws RequestNotSendable naming the field that cannot be sent
     */
    Map<String, String> creditCheck(GatewayAuthorizeRequest request, Type type) {
        ProviderSettings settings = request.settings();
        GatewayInvoice invoice = request.invoice();
        GatewayCustomer customer = request.customer();
        checkTotal(request.amount(), "amount");
        LocalDate shipYmd = invoice.wishedDeliveryDate() != null ? invoice.wishedDeliveryDate()
                : invoice.orderDate().plusDays(AtobaraiAccount.leadDays(settings));
        if (shipYmd.isBefore(invoice.orderDate())) {
            shipYmd = invoice.orderDate();
        }
        if (ChronoUnit.DAYS.between(today(), shipYmd) > MAX_SHIP_DAYS) {
            throw new RequestNotSendable(PROVIDER, invoice.wishedDeliveryDate() != null ? "deliveryDate" : "shippingLeadDays",
                    AtobaraiErrors.TABLE.describe(AtobaraiErrors.SHIP_DATE_TOO_LATE) + " (would be " + shipYmd + ")");
        }
        Map<String, String> fields = base(settings, request.providerOrderId());
        fields.put("orderYmd", YMD.format(invoice.orderDate()));
        fields.put("shipYmd", YMD.format(shipYmd));
        fields.put("name", fullWidth(customer.name(), 30, "customer.name"));
        if (customer.kana() != null && !customer.kana().isBlank()) {
            fields.put("nameKana", halfWidthKana(customer.kana(), 80, "customer.kana"));
        }
        fields.put("postCode", postCode(customer.postalCode(), "customer.postalCode"));
        String[] address = address(customer.prefecture(), customer.city(), customer.address1(), customer.address2(),
                "customer");
        fields.put("address1", address[0]);
        fields.put("address2", address[1]);
        String phone = type == Type.SMARTPHONE ? mobile(customer) : phone(customer.phone(), "customer.phone");
        fields.put("telNum", phone);
        if (customer.email().length() > 64) {
            throw new RequestNotSendable(PROVIDER, "customer.email", "at most 64 characters");
        }
        fields.put("email", customer.email());
        fields.put("totalAmount", Long.toString(request.amount()));
        GatewayRecipient to = invoice.recipient();
        boolean gift = type == Type.INVOICE && !sameAddress(customer, to);
        fields.put("sendDiv", type == Type.SMARTPHONE ? AtobaraiCodes.SEND_SMARTPHONE
                : gift ? AtobaraiCodes.SEND_TO_RECIPIENT : AtobaraiCodes.SEND_TO_BUYER);
        fields.putAll(lines(invoice.lines(), request.amount()));
        if (gift) {
            fields.put("sendName", fullWidth(to.name(), 30, "delivery.name"));
            fields.put("sendPostCode", postCode(to.postalCode(), "delivery.postalCode"));
            String[] sendAddress = address(to.prefecture(), to.city(), to.address1(), to.address2(), "delivery");
            fields.put("sendAddress1", sendAddress[0]);
            fields.put("sendAddress2", sendAddress[1]);
            fields.put("sendTelNum", phone(to.phone(), "delivery.phone"));
        }
        return fields;
    }

    /**
     * KAAKK0010: the new total with the order's lines now, and the delivery data sent with the
     * credit check (kept as references).
     */
    Map<String, String> amountChange(ProviderSettings settings, String orderNo, long newTotal, GatewayInvoice invoice,
            Map<String, String> kept) {
        checkTotal(newTotal, "amount");
        Map<String, String> fields = base(settings, orderNo);
        for (String key : List.of("shipYmd", "postCode", "address1", "address2")) {
            fields.put(key, kept.getOrDefault(key, ""));
        }
        fields.put("totalAmount", Long.toString(newTotal));
        // KAAKK0010's sendDiv: 0 別送, 1 同梱 (not supported by OrderDesk, as by Welcart).
        fields.put("sendDiv", "0");
        fields.putAll(lines(invoice.lines(), newTotal));
        return fields;
    }

    /** The six-digit total, with the manual's words (決済エラーログ: 決済金額総計:指定桁数(6桁)以内であること). */
    static void checkTotal(long total, String field) {
        if (total < MIN_TOTAL || total > MAX_TOTAL) {
            throw new RequestNotSendable(PROVIDER, field, AtobaraiErrors.TABLE.describe(AtobaraiErrors.TOTAL_DIGITS)
                    + ": 1 to 999,999 yen (is " + String.format("%,d", total) + ")");
        }
    }

    /** itemName/itemCount/unitPrice/subTotal 1..10, one per invoice line; they add up to the total (kaara101E). */
    static Map<String, String> lines(List<GatewayLine> lines, long total) {
        if (lines.size() > MAX_LINES) {
            throw new RequestNotSendable(PROVIDER, "lines", "at most " + MAX_LINES + " invoice lines (products, shipping,"
                    + " fee, adjustment and points), the order has " + lines.size());
        }
        long sum = lines.stream().mapToLong(GatewayLine::amount).sum();
        if (sum != total) {
            throw new RequestNotSendable(PROVIDER, "lines", AtobaraiErrors.TABLE.describe(AtobaraiErrors.LINES_DO_NOT_ADD_UP)
                    + " (" + sum + " ≠ " + total + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            GatewayLine line = lines.get(i);
            int n = i + 1;
            if (line.quantity() > 9999) {
                throw new RequestNotSendable(PROVIDER, "lines[" + i + "].quantity", "at most 4 digits");
            }
            if (Math.abs(line.unitPrice()) > MAX_TOTAL || Math.abs(line.amount()) > MAX_TOTAL) {
                throw new RequestNotSendable(PROVIDER, "lines[" + i + "]", "unit price and subtotal within ±999,999 yen");
            }
            fields.put("itemName" + n, fullWidth(line.name(), 30, "lines[" + i + "].name"));
            fields.put("itemCount" + n, Integer.toString(line.quantity()));
            fields.put("unitPrice" + n, Long.toString(line.unitPrice()));
            fields.put("subTotal" + n, Long.toString(line.amount()));
        }
        return fields;
    }

    /** address1 (prefecture first, ≤25 full-width) and address2 (≤25): the street moves to address2 when address1 would overflow. */
    static String[] address(String prefecture, String city, String address1, @Nullable String address2, String owner) {
        String head = fullWidth(prefecture.strip() + city.strip(), Integer.MAX_VALUE, owner + ".city");
        String street = fullWidth(address1.strip(), Integer.MAX_VALUE, owner + ".address1");
        String rest = address2 == null ? "" : fullWidth(address2.strip(), Integer.MAX_VALUE, owner + ".address2");
        String first = head + street;
        String second = rest;
        if (first.length() > 25) {
            first = head;
            second = street + rest;
        }
        if (first.length() > 25) {
            throw new RequestNotSendable(PROVIDER, owner + ".city", "prefecture and city take at most 25 full-width characters"
                    + " (住所1)");
        }
        if (second.length() > 25) {
            throw new RequestNotSendable(PROVIDER, owner + ".address2", "the rest of the address takes at most 25 full-width"
                    + " characters (住所2)");
        }
        return new String[] {first, second};
    }

    static String fullWidth(String text, int max, String field) {
        String converted = FULL_WIDTH.transliterate(text.strip()).replace(' ', '　');
        if (converted.isEmpty()) {
            throw new RequestNotSendable(PROVIDER, field, "is required");
        }
        if (converted.length() > max) {
            throw new RequestNotSendable(PROVIDER, field, "at most " + max + " full-width characters (is "
                    + converted.length() + ")");
        }
        return converted;
    }

    static String halfWidthKana(String kana, int max, String field) {
        String half = JapaneseText.halfWidthKatakana(kana.strip());
        if (half.length() > max) {
            throw new RequestNotSendable(PROVIDER, field, "at most " + max + " half-width kana (is " + half.length() + ")");
        }
        return half;
    }

    static String postCode(String postalCode, String field) {
        String digits = JapaneseText.digitsOnly(postalCode);
        if (digits.length() != 7) {
            throw new RequestNotSendable(PROVIDER, field, "a 7-digit postal code");
        }
        return digits;
    }

    /** telNum: starts with 0, 10 digits (11 for a mobile), kaara040E. */
    static String phone(String phone, String field) {
        String digits = JapaneseText.digitsOnly(phone);
        if (!digits.matches("0\\d{9,10}")) {
            throw new RequestNotSendable(PROVIDER, field, AtobaraiErrors.TABLE.describe(AtobaraiErrors.PHONE_DIGITS));
        }
        return digits;
    }

    /** The smartphone type sends the invoice by SMS: the number must be a mobile one (070/080/090, 11 digits). */
    static String mobile(GatewayCustomer customer) {
        for (String candidate : new String[] {customer.mobilePhone(), customer.phone()}) {
            if (candidate != null && JapaneseText.digitsOnly(candidate).matches("0[789]0\\d{8}")) {
                return JapaneseText.digitsOnly(candidate);
            }
        }
        throw new RequestNotSendable(PROVIDER, "customer.mobilePhone", "スマホタイプ sends the invoice by SMS: a mobile"
                + " number (070/080/090, 11 digits) is required");
    }

    private static boolean sameAddress(GatewayCustomer customer, GatewayRecipient to) {
        return norm(customer.name()).equals(norm(to.name()))
                && JapaneseText.digitsOnly(customer.postalCode()).equals(JapaneseText.digitsOnly(to.postalCode()))
                && norm(customer.prefecture() + customer.city() + customer.address1() + nz(customer.address2()))
                        .equals(norm(to.prefecture() + to.city() + to.address1() + nz(to.address2())));
    }

    private static String norm(String text) {
        return JapaneseText.nfkc(text).replaceAll("\\s+", "");
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
