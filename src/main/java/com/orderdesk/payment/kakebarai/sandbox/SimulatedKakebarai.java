package com.orderdesk.payment.kakebarai.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's state and rules, in memory. Public rules (fact sheet): 9-digit 加盟店コード and
 * password on every call ({@code A140001}), unique {@code orderNo} ({@code A020004}), line sums equal
 * to {@code settlePrice} / {@code shohiZei}, at most 99 lines, {@code orderDate} not in the future,
 * phones with two hyphens ({@code F360004}), the screening words and {@code 利用可}. PROPOSED (sheet):
 * {@code G55} over the remaining line (standard 600,000円), {@code 申込不備} when a required field is
 * missing (here: a 個人事業主 without the representative's address), judgement at once. ASSUMED
 * (codes of the public scheme's shape, numbers made up): {@code A030001} lines and total disagree,
 * {@code A150001} more than 99 lines, {@code A010003} future date, {@code G65} unknown buyer,
 * {@code G12} buyer not approved, {@code 0700001} nothing to cancel, {@code B020005} cancel after the
 * shipment report, {@code C020001} unknown order on AN030, {@code D020001} unknown slip on AN040.
 *
 * <p>Magic company names ({@code sMei}) on AN060: containing {@code 不可} → ご利用不可, {@code 不備} →
 * 申込不備, {@code 審査中} → the unlisted word 審査中 (shows how an unknown word is kept), {@code 停止} →
 * approved but suspended ({@code G61} on AN010), {@code 少額} → approved with a 10,000円 line; anything
 * else → ご利用可 with the standard line. Test buyers: 1111 and 2222 ご利用可, 3333 ご利用可 but
 * suspended, 4444 ご利用不可.
 */
final class SimulatedKakebarai {

    static final String TRADER_CODE = "999999999";
    static final String PASSWORD = "sandboxpass";
    static final long STANDARD_LINE = 600_000;

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** A rule broken: the reply's error code. */
    static final class Refusal extends RuntimeException {
        final String code;

        Refusal(String code) {
            super(code);
            this.code = code;
        }
    }

    static final class Buyer {
        final String id;
        volatile String judgeStatus;
        volatile long line;
        volatile boolean suspended;

        Buyer(String id, String judgeStatus, long line, boolean suspended) {
            this.id = id;
            this.judgeStatus = judgeStatus;
            this.line = line;
            this.suspended = suspended;
        }
    }

    static final class Order {
        final String orderNo;
        final String buyerId;
        final long amount;
        volatile boolean cancelled;
        volatile @Nullable String slipNo;

        Order(String orderNo, String buyerId, long amount) {
            this.orderNo = orderNo;
            this.buyerId = buyerId;
            this.amount = amount;
        }
    }

    private final Map<String, Buyer> buyers = new ConcurrentHashMap<>();
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Clock clock;

    SimulatedKakebarai(Clock clock) {
        this.clock = clock;
        buyers.put("1111", new Buyer("1111", "ご利用可", STANDARD_LINE, false));
        buyers.put("2222", new Buyer("2222", "ご利用可", STANDARD_LINE, false));
        buyers.put("3333", new Buyer("3333", "ご利用可", STANDARD_LINE, true));
        buyers.put("4444", new Buyer("4444", "ご利用不可", STANDARD_LINE, false));
    }

    /** Answers one call: the reply's fields after returnCode (0) or the refusal's code. */
    synchronized Map<String, String> handle(KakebaraiApi api, Map<String, String> form) {
        if (!TRADER_CODE.equals(form.get("traderCode")) || !PASSWORD.equals(form.get("passWord"))) {
            throw new Refusal(api.errorLetter() + "140001");
        }
        return switch (api) {
            case AN010 -> register(form);
            case AN020 -> cancel(form);
            case AN030 -> ship(form);
            case AN040 -> unship(form);
            case AN050 -> usage(form);
            case AN060 -> apply(form);
            case AN070 -> Map.of("judgeStatus", buyer(form.get("buyerId")).judgeStatus);
        };
    }

    /** A developer's judgement of a buyer (e.g. ご利用可 after 申込不備). */
    synchronized void judge(String buyerId, String judgeStatus) {
        buyer(buyerId).judgeStatus = judgeStatus;
    }

    private Map<String, String> register(Map<String, String> form) {
        String orderNo = form.getOrDefault("orderNo", "");
        Buyer buyer = buyer(form.get("buyerId"));
        if (orders.containsKey(orderNo)) {
            throw new Refusal("A020004");
        }
        try {
            if (LocalDate.parse(form.getOrDefault("orderDate", ""), YYYYMMDD).isAfter(ShopTime.dateOf(clock.instant()))) {
                throw new Refusal("A010003");
            }
        } catch (DateTimeParseException e) {
            throw new Refusal("A010001");
        }
        long settlePrice = number(form, "settlePrice");
        long tax = number(form, "shohiZei");
        if ("1".equals(form.get("meisaiUmu"))) {
            if (form.containsKey("shohinMei100")) {
                throw new Refusal("A150001");
            }
            long lines = 0;
            long lineTaxes = 0;
            for (int n = 1; form.containsKey("shohinMei" + n); n++) {
                lines += number(form, "kessaiKingaku" + n);
                lineTaxes += number(form, "shohiZei" + n);
            }
            if (lines != settlePrice || lineTaxes != tax) {
                throw new Refusal("A030001");
            }
        }
        if (!approved(buyer)) {
            throw new Refusal("G12");
        }
        if (buyer.suspended) {
            throw new Refusal("G61");
        }
        if (used(buyer.id) + settlePrice + tax > buyer.line) {
            throw new Refusal("G55");
        }
        orders.put(orderNo, new Order(orderNo, buyer.id, settlePrice + tax));
        return Map.of("orderNo", orderNo);
    }

    private Map<String, String> cancel(Map<String, String> form) {
        Order order = orders.get(form.getOrDefault("orderNo", ""));
        if (order == null || order.cancelled) {
            throw new Refusal("0700001");
        }
        if (order.slipNo != null) {
            throw new Refusal("B020005");
        }
        order.cancelled = true;
        return Map.of();
    }

    private Map<String, String> ship(Map<String, String> form) {
        Order order = orders.get(form.getOrDefault("orderNo", ""));
        if (order == null || order.cancelled) {
            throw new Refusal("C020001");
        }
        String slip = form.getOrDefault("slipNo", "");
        if (!slip.matches("[0-9]{12}")) {
            throw new Refusal("C030001");
        }
        order.slipNo = slip;
        return Map.of();
    }

    private Map<String, String> unship(Map<String, String> form) {
        Order order = orders.get(form.getOrDefault("orderNo", ""));
        if (order == null || order.slipNo == null || !order.slipNo.equals(form.get("slipNo"))) {
            throw new Refusal("D020001");
        }
        order.slipNo = null;
        return Map.of();
    }

    private Map<String, String> usage(Map<String, String> form) {
        String buyerId = form.getOrDefault("buyerId", "");
        Buyer buyer = buyers.get(buyerId);
        if (buyer == null) {
            throw new Refusal("E050003");
        }
        long used = used(buyerId);
        boolean usable = approved(buyer) && !buyer.suspended && used < buyer.line;
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("useUsable", usable ? "利用可" : "利用不可");
        reply.put("useOverLimit", Long.toString(buyer.line));
        reply.put("usePayment", Long.toString(used));
        return reply;
    }

    private Map<String, String> apply(Map<String, String> form) {
        for (String phone : new String[] {"telNo", "keitaiNo", "kmsTelno"}) {
            String value = form.get(phone);
            if (value != null && !value.matches("[0-9]+-[0-9]+-[0-9]+")) {
                throw new Refusal("F360004");
            }
        }
        String id = form.getOrDefault("cId", "");
        if (id.isEmpty() || id.length() > 20) {
            throw new Refusal("F010001");
        }
        String name = form.getOrDefault("sMei", "");
        String status = name.contains("不可") ? "ご利用不可" : name.contains("不備") ? "申込不備"
                : name.contains("審査中") ? "審査中" : "ご利用可";
        if ("2".equals(form.get("hjkjKbn")) && form.getOrDefault("daiAddress", "").isBlank()) {
            status = "申込不備";
        }
        buyers.put(id, new Buyer(id, status, name.contains("少額") ? 10_000 : STANDARD_LINE, name.contains("停止")));
        return Map.of();
    }

    private long used(String buyerId) {
        return orders.values().stream().filter(order -> order.buyerId.equals(buyerId) && !order.cancelled)
                .mapToLong(order -> order.amount).sum();
    }

    private static boolean approved(Buyer buyer) {
        return "ご利用可".equals(buyer.judgeStatus) || "限度額変更".equals(buyer.judgeStatus);
    }

    private Buyer buyer(@Nullable String buyerId) {
        Buyer buyer = buyerId == null ? null : buyers.get(buyerId);
        if (buyer == null) {
            throw new Refusal("G65");
        }
        return buyer;
    }

    private static long number(Map<String, String> form, String field) {
        try {
            return Long.parseLong(form.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            throw new Refusal("A090001");
        }
    }
}
