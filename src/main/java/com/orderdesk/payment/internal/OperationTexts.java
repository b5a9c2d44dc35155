package com.orderdesk.payment.internal;

import java.util.regex.Pattern;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.shared.CurrentActor;
import org.jspecify.annotations.Nullable;

/**
 * The order-history line of a provider operation, in the words the seeds' operators use
 * ("GMO-PG 実売上 1,500円 by operator1: 成功"). Provider messages are masked: they may echo card
 * numbers or tokens back.
 */
final class OperationTexts {

    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{12,}");
    private static final Pattern SECRET_PAIRS = Pattern.compile("(?i)(token|pass(word)?|secret|key|card(no)?)=([^&\\s|]+)");

    private OperationTexts() {
    }

    static String label(OperationKind kind) {
        return switch (kind) {
            case AUTHORIZE -> "仮売上";
            case AUTHORIZE_AND_CAPTURE -> "即時売上";
            case CAPTURE -> "実売上";
            case CANCEL -> "取消";
            case VOID -> "取消(当日)";
            case RETURN -> "返品";
            case CROSS_MONTH_RETURN -> "月跨返品";
            case REFUND -> "返金";
            case CHANGE_AMOUNT -> "金額変更";
            case STATUS_QUERY -> "状態照会";
            case COMPLETE_AUTHENTICATION -> "本人認証完了";
            case SHIPMENT_REPORT -> "出荷報告";
            case SHIPMENT_WITHDRAWAL -> "出荷取消";
            case REVIEW_STEP -> "認証番号判定";
            case MANUAL -> "手動処理";
        };
    }

    static String outcome(GatewayOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "成功";
            case PENDING -> "受付(結果待ち)";
            case DECLINED -> "拒否";
            case FAILED -> "失敗";
            case UNKNOWN -> "結果不明(照会します)";
        };
    }

    /**
     * @param atStore the provider is paid at a store and has no capture step (DSK): its start is a
     *        registration (決済登録), never the card word 仮売上
     */
    static String line(ProviderCode provider, boolean atStore, OperationKind kind, long amount, GatewayOutcome outcome,
            @Nullable String errorCode, @Nullable String errorMessage) {
        String label = atStore && kind == OperationKind.AUTHORIZE ? "決済登録" : label(kind);
        StringBuilder text = new StringBuilder()
                .append(provider.displayName()).append(' ').append(label).append(' ')
                .append(PaymentRules.yen(amount)).append(" by ").append(CurrentActor.name())
                .append(": ").append(outcome(outcome));
        if (errorCode != null || errorMessage != null) {
            text.append(" (").append(errorCode == null ? "" : mask(errorCode) + " ")
                    .append(errorMessage == null ? "" : mask(errorMessage)).append(')');
        }
        return text.toString().replace(" )", ")");
    }

    static String mask(String text) {
        String masked = LONG_DIGITS.matcher(text).replaceAll("****");
        return SECRET_PAIRS.matcher(masked).replaceAll("$1=****");
    }
}
