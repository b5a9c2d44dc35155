package com.orderdesk.subscription.internal;

import org.jspecify.annotations.Nullable;

/**
 * The words operators know from the cart manuals for a subscription order's payment. A declined
 * stored-card payment is 「カード未決済」 (seed 001: 定期購入からの受注生成では、クレジットカードの与信が
 * 通らず「カード未決済」状態で受注が生成される事があります).
 */
public final class PaymentLabels {

    public static final String CARD_UNPAID = "カード未決済";

    private PaymentLabels() {
    }

    public static @Nullable String of(@Nullable String paymentStatus, boolean paidByStoredCard) {
        if (paymentStatus == null) {
            return "決済開始前";
        }
        return switch (paymentStatus) {
            case "PENDING" -> paidByStoredCard ? "認証待ち" : "未入金";
            case "UNDER_REVIEW" -> "審査中";
            case "AUTHORIZED" -> "仮売上";
            case "CAPTURED" -> "実売上";
            case "PAID" -> "入金済み";
            case "AMOUNT_MISMATCH" -> "金額不一致";
            case "FAILED" -> paidByStoredCard ? CARD_UNPAID : "決済失敗";
            case "CANCELLED" -> "キャンセル";
            case "EXPIRED" -> "期限切れ";
            case "REFUNDED", "PARTIALLY_REFUNDED" -> "返金";
            default -> paymentStatus;
        };
    }
}
