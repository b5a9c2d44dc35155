package com.orderdesk.payment.paygent.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.orderdesk.payment.gateway.kit.Digests;
import com.orderdesk.payment.gateway.kit.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * The {@code hc} of Paygent's 決済情報差分通知 (public, with a worked example in the fact sheet):
 * lower-case hex SHA-256 of {@code payment_notice_id + payment_id + trading_id + payment_type +
 * payment_amount + <notice hash key>}. Absent fields count as empty (ASSUMED).
 */
public final class NoticeHash {

    private NoticeHash() {
    }

    public static String of(Map<String, String> notice, String hashKey) {
        String input = value(notice, "payment_notice_id") + value(notice, "payment_id") + value(notice, "trading_id")
                + value(notice, "payment_type") + value(notice, "payment_amount") + hashKey;
        // ASSUMED: the digest is over the values' Shift_JIS bytes; every hashed field is ASCII in practice.
        return Digests.sha256Hex(input, PaygentWire.CHARSET);
    }

    /** Constant time (the kit's {@link Secrets#matches}). */
    public static boolean verifies(Map<String, String> notice, String hashKey) {
        @Nullable String given = notice.get("hc");
        return given != null && Secrets.matches(given.strip().toLowerCase(java.util.Locale.ROOT), of(notice, hashKey));
    }

    private static String value(Map<String, String> notice, String name) {
        String value = notice.get(name);
        return value == null ? "" : value;
    }
}
