package com.orderdesk.payment.paygent;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.AuthorizationOutlivesOrderCancel;
import com.orderdesk.payment.gateway.BuyerBoundToAuthorization;
import com.orderdesk.payment.gateway.FixedPaymentMethodName;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities.CustomerField;
import com.orderdesk.payment.gateway.GatewayCapabilities.RefundWindow;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.SubscriptionExclusion;
import com.orderdesk.payment.gateway.kit.ProviderOrderIds;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.paygent.wire.Telegram;
import com.orderdesk.payment.paygent.wire.TelegramReply;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Paidy (あと払い) through Paygent's module telegrams. Starting a payment hands the storefront what
 * it needs to open Paidy Checkout (no provider call: there is no apply telegram for Paidy); the
 * storefront then hands back the shopper's {@code pay_…} id, which 343 takes over → AUTHORIZED
 * (オーソリOK) with Paygent's {@code payment_id}. 341 captures the full authorized amount, 340 cancels
 * before capture, 342 refunds (in part, repeatedly), 094 tells the status.
 *
 * <p>Capture modes (manual 2-2 同時売上フラグ), frozen per payment by the core: オーソリのみ needs an
 * operator's 売上確定; オーソリ+売上確定 is captured by Paygent itself minutes later and announced by
 * notification (the core refuses manual and bulk capture meanwhile). Which request field tells
 * Paygent to capture at once is NOT public (the manual sets it in the cart; the fact sheet's 343 has
 * no such field), so the adapter sends the same 343 for both and the simulator is told per payment.
 */
@Component
class PaygentPaymentGateway implements PaymentGateway, SubscriptionExclusion, FixedPaymentMethodName,
        BuyerBoundToAuthorization, AuthorizationOutlivesOrderCancel {

    /** Manual 3-4 ⑨: 1回の注文の限度額は30万円. */
    static final long MAX_AMOUNT = 300_000;
    /** Manual 2-1 比較表: 売上確定の猶予期間 90 日間 / 返金の猶予期間 売上確定後 90 日間 (目安, manual 7-6). */
    static final int DAYS = 90;

    /**
     * {@code trading_id}: its length and alphabet are NOT public (the fact sheet shows only
     * {@code TRADE12345}); ASSUMED at most 20 of {@code [0-9A-Za-z-]}.
     */
    static final ProviderOrderIds TRADING_IDS = new ProviderOrderIds(20, "0-9A-Za-z-");

    /** Instrument keys the storefront hands back from Paidy Checkout. */
    static final String PAIDY_PAYMENT_ID = "paidyPaymentId";
    /** {@code closed} (the shopper closed the popup) or {@code rejected} (Paidy did not approve). */
    static final String CHECKOUT_STATUS = "paidyCheckoutStatus";

    /** References kept on the payment (Paygent's and Paidy's ids are searchable in the order list). */
    static final String PAYMENT_ID = "paymentId";
    static final String PAIDY_ID = "paidyPaymentId";
    static final String TRADING_ID = "tradingId";

    private static final GatewayCapabilities CAPABILITIES = GatewayCapabilities.builder()
            .captureRequired(CaptureMode.AUTH_ONLY, CaptureMode.AUTH_AND_CAPTURE)
            .fullCaptureOnly(true)
            .automaticCapture(true)
            .refunds(true)
            .refundWindow(new RefundWindow(DAYS, false))
            .amountDecrease(true)
            .cancellableFrom(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED)
            .authValidityDays(DAYS)
            // Manual 3-4 ⑨: the conditions are on 商品金額 (送料・手数料を含んだ金額での設定はできません).
            // Manual 2-1 「請求金額が確定している場合のみ利用可」 (送料等が未確定（別途連絡）): OrderDesk has no
            // such state: an order always carries its shipping and fees as amounts, so its total is final
            // when Paidy Checkout is handed out. What is enforced instead: 343 must authorize exactly that
            // total (otherwise it is cancelled at once, refuseMismatch), and the total can never rise
            // after the authorization (planAmountChange).
            .amountsOnGoods(1, MAX_AMOUNT)
            .requiredCustomerData(CustomerField.EMAIL, CustomerField.MOBILE_PHONE)
            .pushNotifications(true)
            .subscriptions(false)
            // Manual 11-1: 一度に処理できるのは最大50件まで; each capture is its own 341.
            .bulkCapture(50, 2)
            .build();

    /**
     * How long the Paidy Checkout handed to the storefront waits for the shopper. Neither the manual
     * nor the fact sheet gives one (the popup is finished in minutes, manual 4-2 ⑥–⑫); ASSUMED one
     * hour. Past it, plus the core's grace for lapsed shopper steps, the payment is EXPIRED; the order
     * stays as it is, as the manual leaves an order whose 決済 was interrupted (no 取引ID, manual 6-1;
     * not in 未処理一覧, manual 11-1) to the operator.
     */
    static final Duration CHECKOUT_LIFETIME = Duration.ofHours(1);

    private final PaygentClient client;
    private final Clock clock;

    @Autowired
    PaygentPaymentGateway(PaygentClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** For plain unit tests: the system clock. */
    PaygentPaymentGateway(PaygentClient client) {
        this(client, Clock.systemUTC());
    }

    @Override
    public ProviderCode providerCode() {
        return PaygentPaidyProvider.CODE;
    }

    @Override
    public GatewayCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String subscriptionExclusionReason() {
        return "ペイジェント(あと払い(ペイディ))は定期購入カートは非対応です (manual 2-1 「e-shops カート S で対応するカート」)";
    }

    /**
     * Manual 3-4 ⑧ 支払方法名称: 「あと払い (ペイディ) で固定表示されます。※変更できません」, and 2-1's table:
     * 注文者が目にする名称 あと払い(ペイディ). The manual spells it with and without a space before the
     * parenthesis; the table's spelling (no space, ASCII parentheses) is the canonical one.
     */
    static final String METHOD_NAME = "あと払い(ペイディ)";

    @Override
    public String fixedMethodName() {
        return METHOD_NAME;
    }

    @Override
    public String fixedMethodNameSource() {
        return "the e-shops manual for Paidy (3-4 ⑧ 支払方法名称: あと払い (ペイディ) で固定表示されます。※変更できません)";
    }

    /**
     * Manual 7-補足①: 後払い決済のため、購入者情報の編集ボタンをクリックした先の操作はくれぐれもご注意ください. Paidy
     * bills the shopper who authorized in Paidy Checkout (their e-mail and mobile number receive Paidy's
     * SMS and bill, manual 1 and 2-1); the fact sheet records no telegram that changes the buyer after
     * 343, and the phone a shopper corrects inside Paidy is not written back either (manual 3-7), so an
     * edit here changes OrderDesk's documents only.
     */
    @Override
    public String buyerChangeCaution() {
        return "あと払い(ペイディ) bills the buyer who authorized in Paidy Checkout: a change of the buyer's details here"
                + " is not sent to Paygent or Paidy, and Paidy keeps billing that buyer (manual 7-補足①"
                + " 後払い決済のため、購入者情報の編集…くれぐれもご注意ください). To bill another buyer, cancel (before the"
                + " capture) or refund, and let the new buyer pay through Paidy Checkout again";
    }

    /**
     * Manual 8-補足①: 売上確定せずに受注キャンセル処理した時 the payment stays オーソリOK, and 受注キャンセル明細画面へ
     * 移動しても、キャンセル or 売上確定ができます. Cancelling the order therefore leaves the authorization to the
     * operator; untouched, it lapses after the 90 days (不成立) like any other.
     */
    @Override
    public String keptAuthorizationNote() {
        return "as the manual says (8-補足①), Paidy's authorization (オーソリOK) stays: capture it or cancel it"
                + " (キャンセル, no mail or SMS to the shopper); untouched it lapses " + DAYS + " days after the"
                + " authorization (不成立)";
    }

    @Override
    public String providerOrderId(String orderNumber, int attempt) {
        return TRADING_IDS.of(orderNumber, attempt);
    }

    @Override
    public Map<String, String> sandboxCredentials() {
        return PaygentAccount.SANDBOX;
    }

    /**
     * Without a Paidy payment id: PENDING with the Paidy Checkout data (no call). With the result of
     * a closed or rejected checkout: still PENDING, with the reason as the provider word and the
     * checkout offered again. With the {@code pay_…} id: 343, checked against the order's amount.
     */
    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = request.captureImmediately() ? OperationKind.AUTHORIZE_AND_CAPTURE : OperationKind.AUTHORIZE;
        String paidyId = request.instrument().get(PAIDY_PAYMENT_ID);
        if (paidyId == null || paidyId.isBlank()) {
            String checkout = PaidyCheckouts.checkoutStatus(request.instrument());
            String word = checkout == null ? "Paidy Checkout 待ち"
                    : "rejected".equals(checkout) ? "Paidy Checkout: 今回のお支払いは承認されませんでした (rejected)"
                    : "Paidy Checkout: 購入者が閉じました (closed)";
            return new GatewayResult(GatewayOutcome.PENDING, kind, PaymentStatus.PENDING, word, Map.of(),
                    PaidyCheckouts.of(request, clock.instant().plus(CHECKOUT_LIFETIME)), null, null,
                    checkout == null ? null : word);
        }
        String pay = paidyId.strip();
        if (!pay.matches("pay_[0-9A-Za-z_-]{1,60}")) {
            return GatewayResult.failed(kind, null, "paidyPaymentId must be Paidy's pay_… id from Paidy Checkout");
        }
        return PaygentErrors.OUTCOMES.guard(kind, () -> {
            TelegramReply reply = client.send(request.settings(),
                    Telegram.verify(PaygentAccount.credentials(request.settings()), pay, request.providerOrderId()));
            if (!reply.succeeded()) {
                return PaygentErrors.of(kind, reply);
            }
            String paymentId = reply.field("payment_id");
            if (paymentId == null) {
                return PaygentErrors.OUTCOMES.unknown(kind, null, "Paygent verified " + pay + " without a payment_id");
            }
            Long amount = number(reply.field("payment_amount"));
            String currency = reply.field("currency");
            if (amount == null || amount != request.amount() || currency != null && !"JPY".equals(currency)) {
                return refuseMismatch(kind, request, paymentId, pay, amount, currency);
            }
            Map<String, String> references = Map.of(PAYMENT_ID, paymentId, PAIDY_ID, pay, TRADING_ID,
                    request.providerOrderId());
            String word = PaygentStatuses.word(PaygentStatuses.AUTHORIZED)
                    + (request.captureImmediately() ? " (自動売上待ち: Paygent captures by itself)" : "");
            return GatewayResult.succeeded(kind, PaymentStatus.AUTHORIZED, word, references);
        });
    }

    /**
     * The Paidy authorization is not for this order's amount (the order changed after the shopper
     * opened Paidy, or the id is another checkout's): it is cancelled at once (340) so the shopper
     * is not billed for it, and the start is declined.
     */
    private GatewayResult refuseMismatch(OperationKind kind, GatewayAuthorizeRequest request, String paymentId,
            String pay, @Nullable Long amount, @Nullable String currency) {
        String cancelled;
        try {
            TelegramReply cancel = client.send(request.settings(),
                    Telegram.cancel(PaygentAccount.credentials(request.settings()), paymentId));
            cancelled = cancel.succeeded() ? "cancelled at Paygent (340)" : "340 answered " + cancel.describe();
        } catch (ProviderTransportFailure e) {
            cancelled = "340 not answered (" + e.getMessage() + "): cancel payment_id " + paymentId + " at Paygent";
        }
        return PaygentErrors.OUTCOMES.declined(kind, "AMOUNT_MISMATCH", "Paidy payment " + pay + " is for "
                + (amount == null ? "an unknown amount" : yen(amount)) + (currency == null ? "" : " " + currency)
                + ", the order is " + yen(request.amount()) + " JPY; " + cancelled
                + ". The shopper must open Paidy Checkout again");
    }

    /** 341: always the full authorized amount (the core refuses a partial capture before calling). */
    @Override
    public GatewayResult capture(GatewayOperationRequest request) {
        return onPayment(OperationKind.CAPTURE, request, Telegram::capture, PaymentStatus.CAPTURED,
                PaygentStatuses.word(PaygentStatuses.CAPTURED));
    }

    /**
     * 340 before capture. Paidy sends the shopper no mail or SMS about it (manual 8-2), which the
     * provider word says. A PENDING payment (the shopper never finished Paidy Checkout) has nothing
     * at Paygent to cancel.
     */
    @Override
    public GatewayResult cancel(GatewayOperationRequest request) {
        if (request.payment().references().get(PAYMENT_ID) == null) {
            return GatewayResult.succeeded(OperationKind.CANCEL, PaymentStatus.CANCELLED,
                    "キャンセル済 (Paidy Checkout was never completed: nothing at Paygent)", Map.of());
        }
        return onPayment(OperationKind.CANCEL, request, Telegram::cancel, PaymentStatus.CANCELLED,
                PaygentStatuses.word(PaygentStatuses.CANCELLED) + " (購入者やショップへのメール・SMSは送信されません)");
    }

    /** 342 with the amount; full → 全額返金済, otherwise 一部返金済 (repeatable up to the remainder). */
    @Override
    public GatewayResult refund(GatewayOperationRequest request) {
        GatewayPaymentState payment = request.payment();
        long remaining = payment.capturedAmount() - payment.refundedAmount();
        boolean full = request.amount() >= remaining;
        return onPayment(OperationKind.REFUND, request,
                (login, paymentId) -> Telegram.refund(login, paymentId, request.amount()),
                full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED,
                full ? PaygentStatuses.word(PaygentStatuses.REFUNDED) : PaygentStatuses.PARTIALLY_REFUNDED_WORD);
    }

    @Override
    public GatewayResult changeAmount(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.CHANGE_AMOUNT, null,
                "Paygent has no amount change for Paidy: a captured payment is refunded in part (342)");
    }

    /** Down after capture: refund the difference (342). Before capture nothing can change (341 is full only). */
    @Override
    public AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount) {
        if (newAmount == payment.amount()) {
            return new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null);
        }
        if (newAmount > payment.amount()) {
            return AmountChangePlan.notPossible("Paidy cannot increase an amount: the shopper must pay the difference"
                    + " another way or order again");
        }
        return switch (payment.status()) {
            case CAPTURED, PARTIALLY_REFUNDED -> new AmountChangePlan(AmountChangePlan.Strategy.REFUND_DIFFERENCE,
                    List.of("342 Paidy 返金 " + yen(payment.amount() - newAmount)), null);
            case AUTHORIZED -> AmountChangePlan.notPossible("Paidy captures only the full authorized amount (341):"
                    + " capture " + yen(payment.amount()) + " first, then refund the difference ("
                    + yen(payment.amount() - newAmount) + ", 342) — manual 10 一部返金");
            default -> AmountChangePlan.notPossible("the Paidy payment is " + payment.status()
                    + "; there is nothing at Paygent to change");
        };
    }

    /**
     * 094. Paygent reports the amount it still holds; after a capture, less than OrderDesk's
     * captured-minus-refunded means a refund OrderDesk did not make (ASSUMED: a partial refund keeps
     * status 40 and lowers {@code payment_amount}; the fact sheet does not say), so the answer is
     * PARTIALLY_REFUNDED and the core recognises the drift. Reply field names ASSUMED the notice's
     * ({@code payment_status}, {@code payment_amount}).
     *
     * @throws com.orderdesk.payment.gateway.ProviderUnavailable when Paygent gives no usable answer
     */
    @Override
    public GatewayStatusResult status(GatewayStatusRequest request) {
        GatewayPaymentState payment = request.payment();
        String paymentId = payment.references().get(PAYMENT_ID);
        if (paymentId == null) {
            return GatewayStatusResult.unknownPayment();
        }
        TelegramReply reply;
        try {
            reply = client.send(request.settings(),
                    Telegram.status(PaygentAccount.credentials(request.settings()), paymentId));
        } catch (ProviderTransportFailure e) {
            throw PaygentErrors.OUTCOMES.unavailable(e.getMessage());
        }
        if (PaygentErrors.NO_SUCH_PAYMENT.equals(reply.responseCode())) {
            return GatewayStatusResult.unknownPayment();
        }
        if (!reply.succeeded()) {
            throw PaygentErrors.OUTCOMES.unavailable("094 answered " + reply.describe());
        }
        String code = reply.field("payment_status");
        if (code == null) {
            throw PaygentErrors.OUTCOMES.unavailable("094 answered without payment_status");
        }
        Long held = number(reply.field("payment_amount"));
        PaymentStatus status = of(code, held, payment);
        String word = status == PaymentStatus.PARTIALLY_REFUNDED ? PaygentStatuses.PARTIALLY_REFUNDED_WORD
                : PaygentStatuses.word(code);
        Map<String, String> references = new HashMap<>();
        references.put(PAYMENT_ID, paymentId);
        return new GatewayStatusResult(true, status, word, held, null, references,
                status == PaymentStatus.PARTIALLY_REFUNDED || status == PaymentStatus.REFUNDED ? OperationKind.REFUND : null);
    }

    static @Nullable PaymentStatus of(String code, @Nullable Long held, GatewayPaymentState payment) {
        PaymentStatus status = PaygentStatuses.of(code);
        if (status == PaymentStatus.CAPTURED && held != null && payment.capturedAmount() > 0) {
            if (held == 0) {
                return PaymentStatus.REFUNDED;
            }
            if (held < payment.capturedAmount()) {
                return PaymentStatus.PARTIALLY_REFUNDED;
            }
        }
        return status;
    }

    private interface TelegramOnPayment {
        Telegram build(com.orderdesk.payment.paygent.wire.PaygentCredentials login, String paymentId);
    }

    private GatewayResult onPayment(OperationKind kind, GatewayOperationRequest request, TelegramOnPayment telegram,
            PaymentStatus status, String word) {
        String paymentId = request.payment().references().get(PAYMENT_ID);
        if (paymentId == null) {
            return GatewayResult.failed(kind, null, "the payment has no Paygent payment_id: Paidy Checkout was never"
                    + " completed");
        }
        ProviderSettings settings = request.settings();
        return PaygentErrors.OUTCOMES.guard(kind, () -> {
            TelegramReply reply = client.send(settings, telegram.build(PaygentAccount.credentials(settings),
                    paymentId));
            if (!reply.succeeded()) {
                return PaygentErrors.of(kind, reply);
            }
            return GatewayResult.succeeded(kind, status, word, Map.of(PAYMENT_ID, paymentId));
        });
    }

    private static @Nullable Long number(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }
}
