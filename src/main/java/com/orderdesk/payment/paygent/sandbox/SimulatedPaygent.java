package com.orderdesk.payment.paygent.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.orderdesk.payment.paygent.wire.NoticeHash;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's in-memory Paidy and Paygent. Paidy: checkouts that end {@code authorized},
 * {@code rejected} or {@code closed}, each authorized one with its {@code pay_…} id. Paygent: the
 * telegrams' rules — the login must be the sandbox one, the shop's review must be finished, 343
 * takes over an authorized {@code pay_} id once (again for the same trading id: the same payment;
 * for another: refused), 341 only from 20 and within 90 Japanese calendar days of the
 * authorization (after that the payment is 33 不成立), 340 only before capture, 342 up to what is
 * still held, and every change queued as a signed 差分通知. Thread-safe per payment (synchronized).
 */
final class SimulatedPaygent {

    static final String MERCHANT_ID = "sandbox-merchant";
    static final String CONNECT_ID = "sandbox-connect";
    static final String PASSWORD = "sandboxpass";
    static final String HASH_KEY = "sandbox-hash-key";
    static final String PUBLIC_KEY = "pk_test_sandbox";
    static final int DAYS = 90;

    private static final DateTimeFormatter CHANGE_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Refused with Paygent's {@code result=1} and a response code. */
    static final class Refusal extends RuntimeException {
        final String code;

        Refusal(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** One Paidy Checkout that ended. */
    record Checkout(String id, long amount, String currency, String status, Instant at) {
    }

    /** One Paygent payment. */
    static final class Payment {
        final String paymentId;
        final String paidyId;
        final String tradingId;
        final long authorized;
        final Instant authorizedAt;
        String status = "20";
        long held;
        @Nullable Instant capturedAt;
        @Nullable Instant cancelledAt;

        Payment(String paymentId, String paidyId, String tradingId, long amount, Instant at) {
            this.paymentId = paymentId;
            this.paidyId = paidyId;
            this.tradingId = tradingId;
            this.authorized = amount;
            this.held = amount;
            this.authorizedAt = at;
        }
    }

    /** A 差分通知 waiting for {@code result=0}. */
    static final class Notice {
        final String id;
        final Map<String, String> fields;
        int attempts;
        @Nullable String lastReply;

        Notice(String id, Map<String, String> fields) {
            this.id = id;
            this.fields = fields;
        }
    }

    private final Map<String, Checkout> checkouts = new ConcurrentHashMap<>();
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, Notice> unanswered = new ConcurrentHashMap<>();
    private final AtomicLong paymentIds = new AtomicLong(9_000_012_000L);
    private final AtomicLong noticeIds = new AtomicLong(1000);
    private final Clock clock;
    private volatile boolean reviewFinished = true;

    SimulatedPaygent(Clock clock) {
        this.clock = clock;
    }

    void reviewFinished(boolean finished) {
        this.reviewFinished = finished;
    }

    // ---- Paidy Checkout (the shopper) ----

    Checkout checkout(String publicKey, long amount, String currency, String outcome) {
        if (!PUBLIC_KEY.equals(publicKey)) {
            throw new IllegalArgumentException("unknown public key (the sandbox's is " + PUBLIC_KEY + ")");
        }
        if (!List.of("authorized", "rejected", "closed").contains(outcome)) {
            throw new IllegalArgumentException("outcome is authorized, rejected or closed");
        }
        String id = "pay_" + Long.toString(Math.abs(clock.instant().toEpochMilli() * 31 + checkouts.size()), 36)
                + java.util.UUID.randomUUID().toString().substring(0, 8);
        Checkout checkout = new Checkout(id, amount, currency, outcome, clock.instant());
        checkouts.put(id, checkout);
        return checkout;
    }

    // ---- Paygent telegrams ----

    Map<String, String> telegram(Map<String, String> form) {
        if (!MERCHANT_ID.equals(form.get("merchant_id")) || !CONNECT_ID.equals(form.get("connect_id"))
                || !PASSWORD.equals(form.get("connect_password"))) {
            throw new Refusal("90001", "接続IDまたは接続IDパスワードが正しくありません");
        }
        if (!reviewFinished) {
            throw new Refusal("90002", "ペイジェントの審査が完了していません");
        }
        String kind = String.valueOf(form.get("telegram_kind"));
        return switch (kind) {
            case "343" -> verify(required(form, "paidy_payment_id"), required(form, "trading_id"));
            case "341" -> capture(payment(form));
            case "340" -> cancel(payment(form));
            case "342" -> refund(payment(form), amount(form));
            case "094" -> describe(payment(form));
            default -> throw new Refusal("90000", "telegram_kind " + kind + " is not simulated");
        };
    }

    private synchronized Map<String, String> verify(String paidyId, String tradingId) {
        Checkout checkout = checkouts.get(paidyId);
        if (checkout == null || !"authorized".equals(checkout.status())) {
            throw new Refusal("90101", "Paidy 決済ID " + paidyId + " が存在しません");
        }
        Optional<Payment> existing = payments.values().stream().filter(p -> p.paidyId.equals(paidyId)).findFirst();
        if (existing.isPresent()) {
            if (!existing.get().tradingId.equals(tradingId)) {
                throw new Refusal("90102", "Paidy 決済ID " + paidyId + " は別の取引に紐付いています");
            }
            return describe(existing.get());
        }
        Payment payment = new Payment("9000120031" + paymentIds.incrementAndGet(), paidyId, tradingId,
                checkout.amount(), clock.instant());
        payments.put(payment.paymentId, payment);
        Map<String, String> reply = describe(payment);
        reply.put("currency", checkout.currency());
        notice(payment);
        return reply;
    }

    synchronized Map<String, String> capture(Payment payment) {
        expireIfDue(payment);
        if ("33".equals(payment.status)) {
            throw new Refusal("90203", "オーソリ期限切れ (90日): 不成立");
        }
        if (!"20".equals(payment.status)) {
            throw new Refusal("90201", "payment_status " + payment.status + " では売上できません");
        }
        payment.status = "40";
        payment.capturedAt = clock.instant();
        notice(payment);
        return describe(payment);
    }

    synchronized Map<String, String> cancel(Payment payment) {
        expireIfDue(payment);
        if (!"20".equals(payment.status)) {
            throw new Refusal("90201", "payment_status " + payment.status + " ではキャンセルできません (売上後は返金)");
        }
        payment.status = "32";
        payment.cancelledAt = clock.instant();
        notice(payment);
        return describe(payment);
    }

    synchronized Map<String, String> refund(Payment payment, long amount) {
        if (!"40".equals(payment.status) && !"41".equals(payment.status)) {
            throw new Refusal("90201", "payment_status " + payment.status + " では返金できません");
        }
        if (amount < 1 || amount > payment.held) {
            throw new Refusal("90202", "返金額 " + amount + " が返金可能額 " + payment.held + " を超えています");
        }
        if (payment.capturedAt != null && !today().isBefore(ShopTime.dateOf(payment.capturedAt).plusDays(DAYS + 1))) {
            throw new Refusal("90203", "売上確定後90日を過ぎています");
        }
        payment.held -= amount;
        if (payment.held == 0) {
            payment.status = "60";
        }
        notice(payment);
        return describe(payment);
    }

    /** Paygent's own capture of an オーソリ+売上確定 payment, minutes after the authorization. */
    synchronized Map<String, String> automaticCapture(String paymentId) {
        return capture(byId(paymentId));
    }

    /** An operation made in Paygent's console (管理画面), which OrderDesk never hears of but by notice. */
    synchronized Map<String, String> console(String paymentId, String operation, @Nullable Long amount) {
        Payment payment = byId(paymentId);
        return switch (operation) {
            case "capture" -> capture(payment);
            case "cancel" -> cancel(payment);
            case "refund" -> refund(payment, amount == null ? payment.held : amount);
            default -> throw new IllegalArgumentException("console operation is capture, cancel or refund");
        };
    }

    Payment byId(String paymentId) {
        Payment payment = payments.get(paymentId);
        if (payment == null) {
            throw new Refusal("13001", "該当する決済情報が存在しません");
        }
        return payment;
    }

    private Payment payment(Map<String, String> form) {
        Payment payment = byId(required(form, "payment_id"));
        expireIfDue(payment);
        return payment;
    }

    /** 90 Japanese calendar days counted from the day of authorization; the 91st day it is 33. */
    private void expireIfDue(Payment payment) {
        if ("20".equals(payment.status) && !today().isBefore(ShopTime.dateOf(payment.authorizedAt).plusDays(DAYS + 1))) {
            payment.status = "33";
            notice(payment);
        }
    }

    private LocalDate today() {
        return ShopTime.dateOf(clock.instant());
    }

    private static Map<String, String> describe(Payment payment) {
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("payment_id", payment.paymentId);
        reply.put("trading_id", payment.tradingId);
        reply.put("payment_status", payment.status);
        reply.put("payment_amount", Long.toString(payment.held));
        reply.put("paidy_payment_id", payment.paidyId);
        return reply;
    }

    // ---- notifications ----

    private void notice(Payment payment) {
        String id = Long.toString(noticeIds.incrementAndGet());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payment_notice_id", id);
        fields.put("change_date", CHANGE_DATE.format(clock.instant().atZone(ShopTime.ZONE)));
        fields.put("payment_id", payment.paymentId);
        fields.put("trading_id", payment.tradingId);
        fields.put("payment_type", "22");
        fields.put("site_id", "1");
        fields.put("payment_status", payment.status);
        fields.put("payment_amount", Long.toString(payment.held));
        fields.put("paidy_payment_id", payment.paidyId);
        fields.put("hc", NoticeHash.of(fields, HASH_KEY));
        unanswered.put(id, new Notice(id, fields));
    }

    /** Notices not yet answered {@code result=0}, oldest first. */
    List<Notice> unanswered() {
        List<Notice> pending = new ArrayList<>(unanswered.values());
        pending.sort(java.util.Comparator.comparingLong(notice -> Long.parseLong(notice.id)));
        return pending;
    }

    void answered(Notice notice, String reply) {
        notice.attempts++;
        notice.lastReply = reply;
        if ("result=0".equals(reply.strip())) {
            unanswered.remove(notice.id);
        }
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw new Refusal("90000", name + " がありません");
        }
        return value.strip();
    }

    private static long amount(Map<String, String> form) {
        try {
            return Long.parseLong(required(form, "amount"));
        } catch (NumberFormatException e) {
            throw new Refusal("90000", "amount は整数 (円)");
        }
    }
}
