package com.orderdesk.payment.paygent.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One telegram: the common fields (fact sheet: {@code merchant_id}, {@code connect_id},
 * {@code connect_password}, {@code telegram_kind}, {@code telegram_version} {@value #VERSION}) then
 * the kind's own. Only fields the fact sheet records are built here:
 * <ul>
 *   <li>343: {@code paidy_payment_id}; also {@code trading_id} (the shop's order id), which the
 *       fact sheet lists among the per-kind fields of telegrams in general (ASSUMED that 343 takes it);</li>
 *   <li>341, 340: {@code payment_id};</li>
 *   <li>342: {@code payment_id}, {@code amount} (integer yen, may be partial);</li>
 *   <li>094: {@code payment_id}.</li>
 * </ul>
 */
public record Telegram(TelegramKind kind, Map<String, String> fields) {

    public static final String VERSION = "1.0";

    public Telegram {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Telegram verify(PaygentCredentials login, String paidyPaymentId, String tradingId) {
        Map<String, String> fields = common(login, TelegramKind.VERIFY);
        fields.put("paidy_payment_id", paidyPaymentId);
        fields.put("trading_id", tradingId);
        return new Telegram(TelegramKind.VERIFY, fields);
    }

    public static Telegram capture(PaygentCredentials login, String paymentId) {
        return onPayment(login, TelegramKind.CAPTURE, paymentId);
    }

    public static Telegram cancel(PaygentCredentials login, String paymentId) {
        return onPayment(login, TelegramKind.CANCEL, paymentId);
    }

    public static Telegram refund(PaygentCredentials login, String paymentId, long amount) {
        Map<String, String> fields = common(login, TelegramKind.REFUND);
        fields.put("payment_id", paymentId);
        fields.put("amount", Long.toString(amount));
        return new Telegram(TelegramKind.REFUND, fields);
    }

    public static Telegram status(PaygentCredentials login, String paymentId) {
        return onPayment(login, TelegramKind.STATUS, paymentId);
    }

    public String name() {
        return kind.code() + " " + kind.title();
    }

    private static Telegram onPayment(PaygentCredentials login, TelegramKind kind, String paymentId) {
        Map<String, String> fields = common(login, kind);
        fields.put("payment_id", paymentId);
        return new Telegram(kind, fields);
    }

    private static Map<String, String> common(PaygentCredentials login, TelegramKind kind) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchant_id", login.merchantId());
        fields.put("connect_id", login.connectId());
        fields.put("connect_password", login.connectPassword());
        fields.put("telegram_kind", kind.code());
        fields.put("telegram_version", VERSION);
        return fields;
    }
}
