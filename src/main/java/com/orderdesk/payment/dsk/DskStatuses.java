package com.orderdesk.payment.dsk;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * DSK's states in OrderDesk's terms, with the status words CraftCart's DSK manual shows operators
 * (未入金・入金済み・金額不一致, plus 取消 and the notice words). The {@code status} values of the query
 * are PROPOSED.
 */
final class DskStatuses {

    static final String UNPAID = "未入金";
    static final String PAID = "入金済み";
    static final String MISMATCH = "金額不一致";
    static final String CANCELLED = "取消";
    static final String PAYMENT_CANCELLED = "入金取消";
    static final String CONFIRMED = "入金確定";

    private DskStatuses() {
    }

    /** A status query's {@code status}: unpaid / paid (compared with the billed amount) / cancelled. */
    static @Nullable PaymentStatus of(@Nullable String queryStatus, @Nullable Long paidAmount, long billed) {
        if (queryStatus == null) {
            return null;
        }
        return switch (queryStatus) {
            case "unpaid" -> PaymentStatus.PENDING;
            case "paid" -> paidAmount != null && paidAmount != billed ? PaymentStatus.AMOUNT_MISMATCH : PaymentStatus.PAID;
            case "cancelled" -> PaymentStatus.CANCELLED;
            default -> null;
        };
    }

    static String word(PaymentStatus status) {
        return switch (status) {
            case PENDING -> UNPAID;
            case PAID -> PAID;
            case AMOUNT_MISMATCH -> MISMATCH;
            case CANCELLED -> CANCELLED;
            default -> status.name();
        };
    }
}
