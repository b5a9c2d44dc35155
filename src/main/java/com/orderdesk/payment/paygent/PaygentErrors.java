package com.orderdesk.payment.paygent;

import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.kit.ProviderOutcomes;
import com.orderdesk.payment.paygent.wire.TelegramReply;

/**
 * Paygent's error replies in the kit's outcome mapping, explained the way the manual (section 12
 * カートSで発生するエラー) explains them to operators.
 *
 * <p>Public: {@code result} 0 success / 1 error / anything else a communication failure, and
 * {@code 13001} "no matching payment information" (w2). The complete Paygent/Paidy error-code list is
 * NOT public (fact sheet, "Not known publicly"): the other codes below are ASSUMED, the ones
 * OrderDesk's simulator answers, so that each error the manual names gets its own clear message. A
 * code outside this table is passed on verbatim (「エラーコード:xxx」, as the manual's bulk log shows it).
 */
final class PaygentErrors {

    static final ProviderOutcomes OUTCOMES = new ProviderOutcomes(PaygentPaidyProvider.CODE, "094 決済情報照会");

    /** Public (w2): no matching payment information. */
    static final String NO_SUCH_PAYMENT = "13001";
    /** ASSUMED: 接続ID / 接続IDパスワード wrong (manual 12: 接続IDや接続IDパスワードが正しくない). */
    static final String WRONG_LOGIN = "90001";
    /** ASSUMED: ペイジェントの審査が完了していない (manual 12, at checkout). */
    static final String REVIEW_NOT_FINISHED = "90002";
    /** ASSUMED: the Paidy payment id is unknown to Paidy. */
    static final String UNKNOWN_PAIDY_PAYMENT = "90101";
    /** ASSUMED: the Paidy payment id is already taken over for another trading id. */
    static final String PAIDY_PAYMENT_BOUND = "90102";
    /** ASSUMED: the payment's status does not allow the telegram (capture only from 20, cancel only before capture). */
    static final String WRONG_STATUS = "90201";
    /** ASSUMED: the refund exceeds what is refundable. */
    static final String REFUND_TOO_LARGE = "90202";
    /** ASSUMED: 90 days passed (capture: オーソリ期限切 → 不成立; refund: past the window). */
    static final String PERIOD_PASSED = "90203";

    private PaygentErrors() {
    }

    static GatewayResult of(OperationKind kind, TelegramReply reply) {
        String code = reply.responseCode() == null ? "result=" + reply.result() : reply.responseCode();
        if (!reply.error()) {
            // Neither success nor error: Paygent's "communication failure"; it may have done it.
            return OUTCOMES.unknown(kind, code, "Paygent answered " + reply.describe());
        }
        String detail = " (Paygent: " + reply.describe() + ")";
        return switch (code) {
            case WRONG_LOGIN -> OUTCOMES.failed(kind, code, "Paygent refused the login: the マーチャントID, 接続ID or"
                    + " 接続IDパスワード in the provider settings is wrong (manual 12); check PUT"
                    + " /api/admin/providers/paygent-paidy/settings" + detail);
            case REVIEW_NOT_FINISHED -> OUTCOMES.failed(kind, code, "Paygent's review (審査) of the shop is not"
                    + " finished: Paidy can be used once Paygent has approved it; ask Paygent about the review"
                    + " (manual 12)" + detail);
            case UNKNOWN_PAIDY_PAYMENT -> OUTCOMES.declined(kind, code, "Paidy knows no such payment id" + detail);
            case PAIDY_PAYMENT_BOUND -> OUTCOMES.declined(kind, code, "this Paidy payment id is already bound to"
                    + " another order" + detail);
            case NO_SUCH_PAYMENT -> OUTCOMES.declined(kind, code, "Paygent has no such payment (13001)" + detail);
            case PERIOD_PASSED -> OUTCOMES.declined(kind, code, kind == OperationKind.CAPTURE
                    ? "the 90-day capture period has passed: the payment is 不成立 (EXPIRED) and cannot be revived;"
                            + " the shopper must order again (manual 2-2)" + detail
                    : "Paygent refuses: the 90-day period after the capture (目安) has passed (manual 7-6)" + detail);
            default -> OUTCOMES.declined(kind, code, "エラーコード:" + code + detail);
        };
    }
}
