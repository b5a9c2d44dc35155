package com.orderdesk.payment.paygent;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * Paygent's {@code payment_status} for Paidy (fact sheet, "payment_status values") in OrderDesk's
 * terms, with the words the manual shows operators (オーソリOK, 消込済, 全額返金済, キャンセル済, 不成立).
 *
 * <p>Public: 20 オーソリOK, 30 売上要求中, 31 オーソリ取消中, 32 オーソリ取消済, 33 オーソリ期限切,
 * 40 売上済/消込済, 41 売上済 (no more changes), 60 売上取消. The fact sheet notes that w2 names 40
 * "deleted" while the Woo plugin reads it as 売上済/消込済; OrderDesk follows the plugin and the
 * manual (消込済 after capture). 30 and 31 are steps in flight: they report no new status.
 */
final class PaygentStatuses {

    static final String AUTHORIZED = "20";
    static final String CAPTURE_REQUESTED = "30";
    static final String CANCEL_PENDING = "31";
    static final String CANCELLED = "32";
    static final String EXPIRED = "33";
    static final String CAPTURED = "40";
    static final String CAPTURED_FINAL = "41";
    static final String REFUNDED = "60";

    private PaygentStatuses() {
    }

    /** The unified status a code reports, or null for a step in flight or an unknown code. */
    static @Nullable PaymentStatus of(String code) {
        return switch (code) {
            case AUTHORIZED -> PaymentStatus.AUTHORIZED;
            case CANCELLED -> PaymentStatus.CANCELLED;
            case EXPIRED -> PaymentStatus.EXPIRED;
            case CAPTURED, CAPTURED_FINAL -> PaymentStatus.CAPTURED;
            case REFUNDED -> PaymentStatus.REFUNDED;
            default -> null;
        };
    }

    /** The manual's word for the code, the code itself when it has none. */
    static String word(String code) {
        return switch (code) {
            case AUTHORIZED -> "オーソリOK";
            case CAPTURE_REQUESTED -> "売上要求中";
            case CANCEL_PENDING -> "オーソリ取消中";
            case CANCELLED -> "キャンセル済";
            case EXPIRED -> "不成立 (オーソリ期限切)";
            case CAPTURED, CAPTURED_FINAL -> "消込済";
            case REFUNDED -> "全額返金済";
            default -> "payment_status " + code;
        };
    }

    static final String PARTIALLY_REFUNDED_WORD = "一部返金済";
}
