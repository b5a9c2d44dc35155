package com.orderdesk.payment.dsk.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's in-memory DSK: registered orders by orderid, the PROPOSED rules of registration
 * ({@code -3} for a live duplicate), cancel ({@code -1} once paid) and the shopper's actions that
 * produce DSK's notices. Accepts only the
 * sandbox credentials the provider settings give DSK in SANDBOX.
 */
final class SimulatedDsk {

    static final String TENANT_ID = "sandbox-tenant";
    static final String PASSWORD = "sandboxpass";

    /** PROPOSED conveni codes from the w2 package's message file. */
    static final Map<String, String> STORES = stores();

    private static final Pattern ORDER_ID = Pattern.compile("[0-9A-Za-z-]{1,20}");
    /** A Japanese phone number as the w2 package sends it ({@code 0x-xxxx-xxxx}), hyphens optional. */
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");
    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** customername1/2: 10 characters each (the w2 package's limit). */
    private static final int NAME_LENGTH = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter PAYDATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Map<String, Order> byOrderId = new ConcurrentHashMap<>();
    private final AtomicLong dskIds = new AtomicLong(10_000_000_000_000L);
    private final AtomicLong receiptNos = new AtomicLong(100_000_000_000L);
    private final Clock clock;

    SimulatedDsk(Clock clock) {
        this.clock = clock;
    }

    /** Thrown with DSK's result code when a call is refused. */
    static final class Refusal extends RuntimeException {
        final int result;

        Refusal(int result, String message) {
            super(message);
            this.result = result;
        }
    }

    /** One registered order as DSK would hold it. */
    static final class Order {
        final String dskId;
        final String orderId;
        final String tenantId;
        final long amount;
        final LocalDate expire;
        String status = "unpaid";
        @Nullable String conveni;
        @Nullable String receiptNo;
        @Nullable Long paidAmount;
        @Nullable String paydate;

        Order(String dskId, String orderId, String tenantId, long amount, LocalDate expire) {
            this.dskId = dskId;
            this.orderId = orderId;
            this.tenantId = tenantId;
            this.amount = amount;
            this.expire = expire;
        }
    }

    synchronized Order register(Map<String, String> form) {
        String tenantId = authenticate(form);
        String orderId = form.getOrDefault("orderid", "");
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new Refusal(-1, "orderid must be 1-20 of [0-9A-Za-z-]");
        }
        long amount = number(form.get("amount"));
        if (amount < 1 || amount > 299_999) {
            throw new Refusal(-1, "amount must be 1-299999");
        }
        LocalDate expire;
        try {
            expire = LocalDate.parse(form.getOrDefault("expire", ""), DATE);
        } catch (DateTimeParseException e) {
            throw new Refusal(-1, "expire must be yyyyMMdd");
        }
        if (expire.isBefore(ShopTime.dateOf(clock.instant()))) {
            throw new Refusal(-1, "expire is in the past");
        }
        customer(form);
        Order existing = byOrderId.get(orderId);
        if (existing != null && "cancelled".equals(existing.status)) {
            // An order id is DSK's once: a cancelled one is not registered again (re-issue under a new id).
            throw new Refusal(-1, "orderid " + orderId + " was cancelled; register under a new orderid");
        }
        if (existing != null) {
            throw new Duplicate(existing);
        }
        Order order = new Order(Long.toString(dskIds.incrementAndGet()), orderId, tenantId, amount, expire);
        byOrderId.put(orderId, order);
        return order;
    }

    /** The shopper's name, phone and e-mail as DSK takes them (PROPOSED rules; the real checks are not public). */
    private static void customer(Map<String, String> form) {
        String family = form.getOrDefault("customername1", "").strip();
        String given = form.getOrDefault("customername2", "").strip();
        if (family.isEmpty() || family.codePointCount(0, family.length()) > NAME_LENGTH
                || given.codePointCount(0, given.length()) > NAME_LENGTH) {
            throw new Refusal(-1, "customername1 is required and customername1/2 take at most 10 characters each");
        }
        String phone = form.getOrDefault("customertel", "").strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone).matches() || digits < 10 || digits > 11) {
            throw new Refusal(-1, "customertel must be a Japanese phone number such as 03-1234-5678");
        }
        String mail = form.getOrDefault("mail", "").strip();
        if (!mail.isEmpty() && !MAIL.matcher(mail).matches()) {
            throw new Refusal(-1, "mail is not an e-mail address");
        }
    }

    /** A registration refused because the orderid is live: DSK returns the existing one (-3). */
    static final class Duplicate extends RuntimeException {
        final transient Order existing;

        Duplicate(Order existing) {
            super("orderid already registered");
            this.existing = existing;
        }
    }

    synchronized void cancel(Map<String, String> form) {
        authenticate(form);
        Order order = byOrderId.get(form.getOrDefault("orderid", ""));
        if (order == null) {
            throw new Refusal(-1, "no such orderid");
        }
        if ("paid".equals(order.status)) {
            throw new Refusal(-1, "the order is paid and cannot be cancelled");
        }
        order.status = "cancelled";
    }

    Optional<Order> byDskId(String dskId) {
        return byOrderId.values().stream().filter(order -> order.dskId.equals(dskId)).findFirst();
    }

    /** The shopper picks a store on the selection page: DSK issues the receipt number. */
    synchronized Order choose(String dskId, String conveni) {
        Order order = live(dskId);
        if (!STORES.containsKey(conveni)) {
            throw new Refusal(-1, "unknown conveni " + conveni);
        }
        order.conveni = conveni;
        if (order.receiptNo == null) {
            order.receiptNo = Long.toString(receiptNos.incrementAndGet());
        }
        return order;
    }

    /** The shopper pays {@code amount} (the billed one when null): DSK's 速報 (datakbn 1). */
    synchronized Map<String, String> pay(String dskId, String conveni, @Nullable Long amount) {
        Order order = choose(dskId, conveni);
        if (!"unpaid".equals(order.status)) {
            throw new Refusal(-1, "the order is " + order.status);
        }
        if (ShopTime.dateOf(clock.instant()).isAfter(order.expire)) {
            throw new Refusal(-1, "the payment deadline " + order.expire + " has passed");
        }
        order.status = "paid";
        order.paidAmount = amount == null ? order.amount : amount;
        order.paydate = PAYDATE.format(clock.instant().atZone(ShopTime.ZONE));
        return notice(order, "1");
    }

    /** The payment is cancelled at the store after it was made (入金取消, datakbn 2). */
    synchronized Map<String, String> cancelPayment(String dskId) {
        Order order = paid(dskId);
        order.status = "cancelled";
        Map<String, String> notice = notice(order, "2");
        order.paidAmount = null;
        return notice;
    }

    /** DSK confirms the payment (入金確定, datakbn 3). */
    synchronized Map<String, String> confirm(String dskId) {
        return notice(paid(dskId), "3");
    }

    private Order live(String dskId) {
        return byDskId(dskId).filter(order -> !"cancelled".equals(order.status))
                .orElseThrow(() -> new Refusal(-1, "no live order with dskid " + dskId));
    }

    private Order paid(String dskId) {
        Order order = byDskId(dskId).orElseThrow(() -> new Refusal(-1, "no order with dskid " + dskId));
        if (!"paid".equals(order.status)) {
            throw new Refusal(-1, "the order is " + order.status + ", not paid");
        }
        return order;
    }

    /** Exactly the public notice fields (fact sheet, "Payment notice"). */
    private static Map<String, String> notice(Order order, String datakbn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("datakbn", datakbn);
        fields.put("dskid", order.dskId);
        fields.put("amount", order.paidAmount == null ? "0" : Long.toString(order.paidAmount));
        fields.put("paydate", order.paydate == null ? "" : order.paydate);
        fields.put("conveni", order.conveni == null ? "" : order.conveni);
        fields.put("receiptno", order.receiptNo == null ? "" : order.receiptNo);
        fields.put("orderid", order.orderId);
        return fields;
    }

    private static String authenticate(Map<String, String> form) {
        if (!TENANT_ID.equals(form.get("tenantid")) || !PASSWORD.equals(form.get("password"))) {
            throw new Refusal(-1, "tenantid/password not accepted");
        }
        return TENANT_ID;
    }

    private static long number(@Nullable String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, String> stores() {
        Map<String, String> stores = new LinkedHashMap<>();
        stores.put("010", "セブン-イレブン");
        stores.put("030", "ファミリーマート");
        stores.put("040", "ローソン / ミニストップ");
        stores.put("060", "セイコーマート ほか");
        stores.put("080", "デイリーヤマザキ");
        return Collections.unmodifiableMap(stores);
    }
}
