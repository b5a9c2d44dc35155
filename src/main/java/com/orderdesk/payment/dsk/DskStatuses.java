package com.orderdesk.payment.dsk;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * The status words CraftCart's DSK manual shows operators (未入金・入金済み・金額不一致, キャンセル as 取消)
 * and the words of DSK's notices (入金取消: the payment was reversed at the store, no refund;
 * 入金確定: DSK's final confirmation), kept as DSK says them beside the unified status.
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

    static @Nullable String word(PaymentStatus status) {
        return switch (status) {
            case PENDING -> UNPAID;
            case PAID -> PAID;
            case AMOUNT_MISMATCH -> MISMATCH;
            case CANCELLED -> CANCELLED;
            default -> null;
        };
    }
}
