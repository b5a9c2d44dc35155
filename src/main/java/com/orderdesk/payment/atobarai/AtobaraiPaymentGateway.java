package com.orderdesk.payment.atobarai;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.atobarai.AtobaraiAccount.Delivery;
import com.orderdesk.payment.atobarai.AtobaraiAccount.Type;
import com.orderdesk.payment.atobarai.wire.AtobaraiCodes;
import com.orderdesk.payment.atobarai.wire.AtobaraiErrors;
import com.orderdesk.payment.atobarai.wire.AtobaraiFunction;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.DigitalGoodsExclusion;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities.CustomerField;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentMethodKinds;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.payment.gateway.ReviewStep;
import com.orderdesk.payment.gateway.SettingsRules;
import com.orderdesk.payment.gateway.ShipmentReporting;
import com.orderdesk.payment.gateway.SubscriptionExclusion;
import com.orderdesk.payment.gateway.kit.ProviderOrderIds;
import com.orderdesk.payment.gateway.kit.ProviderOutcomes;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shipping.Carrier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Kuroneko atobarai (クロネコ代金後払い) adapter, after the Welcart manual
 * ({@code shared/seeds/004_…}) and {@code shared/providers/kuroneko-atobarai.md}.
 * <ul>
 *   <li>Start: the credit check KAARA0010. 払込票タイプ: ご利用可 → AUTHORIZED (与信), ご利用不可 / 限度額超過 →
 *       declined (FAILED with the reason), 審査中 → UNDER_REVIEW, resolved by polling KAARS0010.
 *       スマホタイプ ({@code sendDiv=3}): 審査中 with the SMS code as the next action; the shopper's code
 *       goes through KAASA0020 ({@link ReviewStep}).</li>
 *   <li>Capture: by shipment report KAASL0010 ({@link ShipmentReporting}); Yamato bills from there
 *       (送り状番号登録済, OrderDesk's CAPTURED). Another carrier needs the 他社配送 option
 *       ({@code processDiv=2}).</li>
 *   <li>Cancel KAACL0010 (与信 or 売上確定 before payment), amount change KAAKK0010, status KAAST0010.
 *       Yamato sends no notifications: the core polls {@link #status}.</li>
 * </ul>
 * Not public, and so not assumed where it could move money: the KAASL0010 code that cancels a
 * reported slip (2 or 9: OrderDesk never withdraws a slip, the operator does it on Yamato's
 * screen), whether an amount may rise (the manual's 2021 note says increases became possible, the
 * error table's {@code kaakk050E} refuses totals above the first one: OrderDesk raises up to the
 * first total and plans a cancel and a new credit check above it), and the SMS code's lifetime
 * (OrderDesk applies the manual's 30 minutes; Yamato's own expiry arrives as {@code kaasa022E}).
 *
 * <p>The manual's 注意点 (物販商品以外は取り扱えません: download and service goods, 定期購入, 複数配送先):
 * an order with a digital line (download or service goods) is refused by the core when it is placed
 * or edited ({@link DigitalGoodsExclusion}, capability {@code digitalGoods} false) and again here
 * before KAARA0010; subscription orders are refused through {@link SubscriptionExclusion}; an order
 * has exactly one delivery address by OrderDesk's structure. Should several addresses be added, this
 * adapter must refuse them in {@link #authorize} before KAARA0010.
 */
@Component
class AtobaraiPaymentGateway implements PaymentGateway, ShipmentReporting, ReviewStep, SubscriptionExclusion,
        DigitalGoodsExclusion, PaymentMethodKinds, SettingsRules {

    /** orderNo: ≤20 of {@code [0-9A-Za-z_-]}, unique across all the merchant's payments (fact sheet). */
    static final ProviderOrderIds ORDER_IDS = new ProviderOrderIds(20, "0-9A-Za-z_-");

    /** References kept on the payment. */
    static final String ORDER_NO = "orderNo";
    static final String TYPE = "type";
    static final String FIRST_TOTAL = "firstTotal";
    static final String STATUS_CODE = "statusCode";
    static final String WARNING = "warning";
    static final String SLIP = "paymentNo";
    static final String PROCESS_DIV = "processDiv";
    static final List<String> KEPT_FOR_CHANGE = List.of("shipYmd", "postCode", "address1", "address2");

    /** 「戻る」 on the SMS check: the store API's input {@code {"action": "back"}}. */
    static final String BACK = "back";
    /** The manual: 30分以上認証が行われなかった場合、受注はキャンセル扱い. */
    static final Duration SMS_TIMEOUT = Duration.ofMinutes(30);
    /** Yamato's own attempt limit is not public (kaasa021E); OrderDesk allows three wrong codes. */
    static final int SMS_ATTEMPTS = 3;

    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final ProviderOutcomes OUTCOMES = new ProviderOutcomes(AtobaraiProvider.CODE, "KAAST0010 取引状況取得");

    private static final GatewayCapabilities CAPABILITIES = GatewayCapabilities.builder()
            .captureRequired(CaptureMode.AUTH_ONLY)
            .captureOnShipment(true)
            .fullCaptureOnly(true)
            .noRefunds()
            .amountDecrease(true)
            .amountIncrease(true)
            .cancellableFrom(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED)
            .amounts(AtobaraiRequests.MIN_TOTAL, AtobaraiRequests.MAX_TOTAL)
            .maxLineCount(AtobaraiRequests.MAX_LINES)
            .requiredCustomerData(CustomerField.PHONE, CustomerField.POSTAL_ADDRESS)
            .pushNotifications(false)
            .subscriptions(false)
            .noDigitalGoods()
            .build();

    private static final ReviewPolicy POLICY = new ReviewPolicy(SMS_TIMEOUT, null, SMS_ATTEMPTS,
            EnumSet.of(Failure.TIMED_OUT, Failure.TOO_MANY_ATTEMPTS, Failure.ABANDONED));

    private final AtobaraiClient client;
    private final AtobaraiRequests requests;
    private final Clock clock;

    AtobaraiPaymentGateway(AtobaraiClient client, Clock clock) {
        this.client = client;
        this.requests = new AtobaraiRequests(clock);
        this.clock = clock;
    }

    @Override
    public ProviderCode providerCode() {
        return AtobaraiProvider.CODE;
    }

    @Override
    public GatewayCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String providerOrderId(String orderNumber, int attempt) {
        return ORDER_IDS.of(orderNumber, attempt);
    }

    @Override
    public Map<String, String> sandboxCredentials() {
        return AtobaraiAccount.SANDBOX;
    }

    @Override
    public String subscriptionExclusionReason() {
        return "クロネコ代金後払いは定期購入・継続課金に対応していません (Welcart manual, よくあるお問い合わせ; 注意点:"
                + " 物販商品以外は取り扱えません)";
    }

    @Override
    public String digitalGoodsExclusionReason() {
        return "物販商品以外は取り扱えません — ダウンロード商品・サービス商品 (セミナー・教室など) はクロネコ代金後払いで"
                + " 販売できません (Welcart manual, 注意点: 対象販売商品)";
    }

    /** クロネコ代金後払いの設定: checked when an operator saves them ({@link AtobaraiAccount#check}). */
    @Override
    public List<FieldError> check(ProviderSettings.Environment environment, Map<String, String> options,
            Map<String, @Nullable String> credentials) {
        return AtobaraiAccount.check(options, credentials);
    }

    /** 払込票タイプ or スマホタイプ: the manual allows one payment method per 決済種別. */
    @Override
    public String methodKind(Map<String, String> options) {
        return Type.of(options.get(AtobaraiAccount.METHOD_TYPE)).name();
    }

    @Override
    public ReviewPolicy reviewPolicy() {
        return POLICY;
    }

    // ---------------------------------------------------------------- credit check

    /**
     * KAARA0010. A repeated orderNo ({@code kaara009E}, after a lost answer) is not retried: the
     * transaction Yamato already holds is read with KAAST0010 and given back.
     */
    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = OperationKind.AUTHORIZE;
        Type type;
        try {
            type = Type.of(request.instrument().get(AtobaraiAccount.METHOD_TYPE));
        } catch (IllegalArgumentException e) {
            return GatewayResult.failed(kind, null, e.getMessage());
        }
        if (type == Type.SMARTPHONE && !request.settings().flag(AtobaraiAccount.OPTION_SMARTPHONE)) {
            return GatewayResult.failed(kind, null, "スマホタイプ is not switched on in the クロネコ代金後払い settings"
                    + " (option " + AtobaraiAccount.OPTION_SMARTPHONE + "; it needs Yamato's option contract)");
        }
        if (request.invoice().hasDigitalLines()) {
            // The core refuses such orders when they are placed or edited; this guards any other way in.
            throw new RequestNotSendable(AtobaraiRequests.PROVIDER, "lines", "digital lines (download or service"
                    + " goods) cannot be billed: " + digitalGoodsExclusionReason());
        }
        String deliveryMethod = request.invoice().deliveryMethodCode();
        if (AtobaraiAccount.delivery(deliveryMethod, request.settings()) == Delivery.OTHER_CARRIER
                && !request.settings().flag(AtobaraiAccount.OPTION_OTHER_CARRIER)) {
            return GatewayResult.failed(kind, null, otherCarrierOff(deliveryMethod) + "; nothing was sent");
        }
        Map<String, String> fields;
        try {
            fields = requests.creditCheck(request, type);
        } catch (IllegalArgumentException e) {
            return GatewayResult.failed(kind, null, e.getMessage());
        }
        Map<String, String> references = new HashMap<>();
        references.put(ORDER_NO, request.providerOrderId());
        references.put(TYPE, type.name());
        references.put(FIRST_TOTAL, Long.toString(request.amount()));
        KEPT_FOR_CHANGE.forEach(key -> references.put(key, fields.getOrDefault(key, "")));
        return OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(request.settings().baseUrl(), AtobaraiFunction.CREDIT_CHECK, fields);
            if (!reply.succeeded()) {
                if (AtobaraiErrors.DUPLICATE_ORDER_NO.equals(reply.errorCode())) {
                    return alreadyHeld(request, type, references);
                }
                return error(kind, reply);
            }
            return creditAnswer(kind, reply.field("result"), type, references);
        });
    }

    private GatewayResult creditAnswer(OperationKind kind, @Nullable String result, Type type,
            Map<String, String> references) {
        if (result == null) {
            return OUTCOMES.unknown(kind, null, "KAARA0010 answered without a result");
        }
        String word = AtobaraiCodes.creditWord(result);
        return switch (result) {
            case AtobaraiCodes.CREDIT_OK -> new GatewayResult(GatewayOutcome.SUCCEEDED, kind, PaymentStatus.AUTHORIZED,
                    "与信", references, NextAction.NONE, null, null, null);
            case AtobaraiCodes.CREDIT_NG, AtobaraiCodes.CREDIT_LIMIT -> new GatewayResult(GatewayOutcome.DECLINED, kind,
                    PaymentStatus.FAILED, word, references, NextAction.NONE, null, "result=" + result,
                    "クロネコ代金後払いの審査結果: " + word);
            case AtobaraiCodes.CREDIT_REVIEW -> new GatewayResult(GatewayOutcome.PENDING, kind,
                    PaymentStatus.UNDER_REVIEW, "審査中", references, reviewAction(type), null, null, null);
            default -> OUTCOMES.unknown(kind, null, "KAARA0010 answered the unknown result " + result);
        };
    }

    /** スマホタイプ: the shopper enters the SMS code within 30 minutes; 払込票タイプ: wait for Yamato's screening. */
    private NextAction reviewAction(Type type) {
        return type == Type.SMARTPHONE
                ? new NextAction(NextAction.Type.SMS_CHECK, null, Map.of("input", "code", "back", "action=" + BACK),
                        clock.instant().plus(SMS_TIMEOUT))
                : new NextAction(NextAction.Type.AWAIT_REVIEW, null, Map.of(), null);
    }

    private GatewayResult alreadyHeld(GatewayAuthorizeRequest request, Type type, Map<String, String> references) {
        OperationKind kind = OperationKind.AUTHORIZE;
        ReturnCodeReply status = client.send(request.settings().baseUrl(), AtobaraiFunction.STATUS,
                requests.base(request.settings(), request.providerOrderId()));
        String result = status.succeeded() ? status.field("result") : null;
        if (result == null) {
            return OUTCOMES.unknown(kind, AtobaraiErrors.DUPLICATE_ORDER_NO, "orderNo " + request.providerOrderId()
                    + " is already at Yamato and its state could not be read");
        }
        references.put(STATUS_CODE, result);
        PaymentStatus state = statusOf(result);
        if (state == PaymentStatus.AUTHORIZED) {
            return creditAnswer(kind, AtobaraiCodes.CREDIT_OK, type, references);
        }
        if (state == PaymentStatus.UNDER_REVIEW) {
            return creditAnswer(kind, AtobaraiCodes.CREDIT_REVIEW, type, references);
        }
        return OUTCOMES.failed(kind, AtobaraiErrors.DUPLICATE_ORDER_NO, AtobaraiErrors.TABLE.describe(
                AtobaraiErrors.DUPLICATE_ORDER_NO) + "; Yamato holds it as " + AtobaraiCodes.statusWord(result));
    }

    // ---------------------------------------------------------------- SMS code (スマホタイプ)

    /** KAASA0020 with the shopper's code; 「戻る」 ends the review without a call. */
    @Override
    public GatewayResult completeReviewStep(ReviewStepRequest request) {
        OperationKind kind = OperationKind.REVIEW_STEP;
        if (BACK.equals(request.input().get("action"))) {
            return new GatewayResult(GatewayOutcome.DECLINED, kind, PaymentStatus.FAILED, "決済不可", Map.of(),
                    NextAction.NONE, null, BACK, "the shopper left the SMS check (戻る)");
        }
        String code = request.input().getOrDefault("code", "").strip();
        if (!code.matches("\\d{1,4}")) {
            throw new RequestNotSendable(AtobaraiRequests.PROVIDER, "input.code", "the SMS code (認証番号) is 1 to 4 digits");
        }
        Map<String, String> fields = requests.base(request.settings(), orderNo(request.payment()));
        fields.put("ninCode", code);
        return OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(request.settings().baseUrl(), AtobaraiFunction.SMS_CODE, fields);
            if (!reply.succeeded()) {
                String error = reply.errorCode();
                if (AtobaraiErrors.SMS_ATTEMPT_LIMIT.equals(error) || AtobaraiErrors.SMS_EXPIRED.equals(error)) {
                    return new GatewayResult(GatewayOutcome.DECLINED, kind, PaymentStatus.FAILED, "決済不可", Map.of(),
                            NextAction.NONE, null, error, AtobaraiErrors.TABLE.describe(error));
                }
                return error(kind, reply);
            }
            String result = reply.field("result");
            return switch (result == null ? "" : result) {
                // Yamato does not say whether the screening goes on after a matching code; its
                // plugins treat result 1 as the approval (与信).
                case AtobaraiCodes.SMS_OK -> new GatewayResult(GatewayOutcome.SUCCEEDED, kind, PaymentStatus.AUTHORIZED,
                        "与信", Map.of(), NextAction.NONE, null, null, null);
                case AtobaraiCodes.SMS_MISMATCH -> GatewayResult.declined(kind, "result=2", "認証番号が一致しません");
                case AtobaraiCodes.SMS_EXPIRED -> new GatewayResult(GatewayOutcome.DECLINED, kind, PaymentStatus.FAILED,
                        "決済不可", Map.of(), NextAction.NONE, null, "result=3", "認証番号の有効期限切れ");
                case AtobaraiCodes.SMS_SEND_FAILED, AtobaraiCodes.SMS_INVALID -> new GatewayResult(GatewayOutcome.DECLINED,
                        kind, PaymentStatus.FAILED, "決済不可", Map.of(), NextAction.NONE, null, "result=" + result,
                        result.equals(AtobaraiCodes.SMS_SEND_FAILED) ? "SMS送信失敗" : "与信結果が無効");
                default -> OUTCOMES.unknown(kind, null, "KAASA0020 answered the unknown result " + result);
            };
        });
    }

    @Override
    public Failure endingFailure(GatewayResult result) {
        String code = result.errorCode() == null ? "" : result.errorCode();
        return switch (code) {
            case AtobaraiErrors.SMS_ATTEMPT_LIMIT -> Failure.TOO_MANY_ATTEMPTS;
            case AtobaraiErrors.SMS_EXPIRED, "result=3" -> Failure.TIMED_OUT;
            case BACK -> Failure.ABANDONED;
            default -> Failure.DECLINED;
        };
    }

    // ---------------------------------------------------------------- capture = shipment report

    @Override
    public GatewayResult capture(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.CAPTURE, null, "クロネコ代金後払い is captured by reporting the"
                + " shipment (KAASL0010): register the shipment with its slip number");
    }

    /**
     * KAASL0010 {@code processDiv=0} with the Yamato slip, or {@code processDiv=2} with
     * {@code paymentNo=orderNo} for another carrier (他社配送 option). A second shipment of an order
     * already reported is not sent again (one report per order).
     */
    @Override
    public GatewayResult reportShipment(ShipmentReport report) {
        OperationKind kind = OperationKind.SHIPMENT_REPORT;
        GatewayPaymentState payment = report.payment();
        String reported = payment.references().get(SLIP);
        if (reported != null) {
            return new GatewayResult(GatewayOutcome.SUCCEEDED, kind, PaymentStatus.CAPTURED, payment.providerStatus(),
                    Map.of(), NextAction.NONE, null, null, null);
        }
        Optional<String> tooMany = sharedSlipRefusal(payment, report.orderNumbers().size());
        if (tooMany.isPresent()) {
            return GatewayResult.failed(kind, AtobaraiErrors.SLIP_ORDER_LIMIT, tooMany.get() + "; not sent");
        }
        Delivery delivery = AtobaraiAccount.delivery(report.deliveryMethodCode(), report.settings());
        Optional<String> refusal = slipRefusal(report.shipment(), report.settings(), delivery, report.deliveryMethodCode());
        if (refusal.isPresent()) {
            return GatewayResult.failed(kind, refusal.get().startsWith("kaasl") ? AtobaraiErrors.SLIP_CHECK_DIGIT : null,
                    refusal.get() + "; not sent");
        }
        boolean yamato = delivery == Delivery.YAMATO
                || delivery == Delivery.BY_SHIPMENT && report.shipment().carrier() == Carrier.YAMATO;
        Map<String, String> fields = requests.base(report.settings(), orderNo(payment));
        String slip = yamato ? YamatoSlips.digits(report.shipment().trackingNumbers().getFirst()) : orderNo(payment);
        fields.put("paymentNo", slip);
        fields.put("processDiv", yamato ? AtobaraiCodes.SLIP_NEW : AtobaraiCodes.SLIP_OTHER_CARRIER);
        fields.put("shipYmd", YMD.format(report.shipment().shippedOn()));
        return sendSlip(kind, report.settings(), fields);
    }

    /** One 送り状番号 covers at most three orders (the fact sheet's {@code kaasl045E}; the manual is silent). */
    static final int ORDERS_PER_SLIP = 3;

    @Override
    public Optional<String> sharedSlipRefusal(GatewayPaymentState payment, int ordersOnSlip) {
        return ordersOnSlip <= ORDERS_PER_SLIP ? Optional.empty()
                : Optional.of(AtobaraiErrors.TABLE.describe(AtobaraiErrors.SLIP_ORDER_LIMIT) + " (the slip would cover "
                        + ordersOnSlip + " orders)");
    }

    /** KAASL0010 {@code processDiv=1} with the old slip in {@code beforePaymentNo}, where Yamato can still follow. */
    @Override
    public GatewayResult changeShipment(ShipmentReport report, ReportedShipment previous) {
        OperationKind kind = OperationKind.SHIPMENT_REPORT;
        Optional<String> refusal = amendmentRefusal(report.payment(), Amendment.CHANGE)
                .or(() -> previous.carrier() != Carrier.YAMATO || report.shipment().carrier() != Carrier.YAMATO
                        ? Optional.of("only a Yamato slip can be changed to another Yamato slip (KAASL0010 processDiv=1)")
                        : Optional.empty())
                .or(() -> slipRefusal(report.shipment(), report.settings(),
                        AtobaraiAccount.delivery(report.deliveryMethodCode(), report.settings()), report.deliveryMethodCode()));
        if (refusal.isPresent()) {
            return GatewayResult.failed(kind, null, "the changed slip was not sent to Yamato: " + refusal.get()
                    + "; change it on Yamato's screen as well");
        }
        Map<String, String> fields = requests.base(report.settings(), orderNo(report.payment()));
        fields.put("paymentNo", YamatoSlips.digits(report.shipment().trackingNumbers().getFirst()));
        fields.put("processDiv", AtobaraiCodes.SLIP_CHANGE);
        fields.put("shipYmd", YMD.format(report.shipment().shippedOn()));
        fields.put("beforePaymentNo", YamatoSlips.digits(previous.trackingNumbers().getFirst()));
        return sendSlip(kind, report.settings(), fields);
    }

    /** Never sent: see {@link #amendmentRefusal}. */
    @Override
    public GatewayResult withdrawShipment(ShipmentReport report) {
        return GatewayResult.failed(OperationKind.SHIPMENT_WITHDRAWAL, null, WITHDRAW_REFUSAL + "; not sent");
    }

    static final String WITHDRAW_REFUSAL = "Yamato's code for withdrawing a reported slip (KAASL0010 processDiv 2 or 9)"
            + " is not public, so OrderDesk does not withdraw it: cancel the payment (KAACL0010) or correct the slip on"
            + " Yamato's screen";

    @Override
    public Optional<String> amendmentRefusal(GatewayPaymentState payment, Amendment amendment) {
        if (amendment == Amendment.WITHDRAW) {
            return Optional.of(WITHDRAW_REFUSAL);
        }
        if (AtobaraiCodes.SLIP_OTHER_CARRIER.equals(payment.references().get(PROCESS_DIV))) {
            return Optional.of("the shipment was reported as 他社配送 (processDiv=2) without a slip to change");
        }
        String status = payment.references().get(STATUS_CODE);
        if (Set.of(AtobaraiCodes.STATUS_SALES_FIXED, AtobaraiCodes.STATUS_INVOICED, AtobaraiCodes.STATUS_PAID)
                .contains(status)) {
            return Optional.of("Yamato holds the transaction as " + AtobaraiCodes.statusWord(status)
                    + "; the manual: a slip changed after 売上確定 does not change Yamato's data, change it on Yamato's"
                    + " screen as well");
        }
        return Optional.empty();
    }

    /**
     * Why this slip cannot be reported (before any call); empty when it can. A Yamato delivery
     * method needs a Yamato slip; any other (as the settings' クロネコヤマト配送 list says) is 他社配送
     * whatever carrier the shipment names, because that list is how the manual tells the two apart.
     */
    private static Optional<String> slipRefusal(ReportedShipment shipment, ProviderSettings settings, Delivery delivery,
            @Nullable String deliveryMethod) {
        if (delivery == Delivery.YAMATO && shipment.carrier() != Carrier.YAMATO) {
            return Optional.of("the order's delivery method " + deliveryMethod + " ships with Yamato (setting "
                    + AtobaraiAccount.OPTION_YAMATO_DELIVERY_METHODS + "), but the shipment is by " + shipment.carrier()
                    + ": その他の配送会社を選択してしまうと決済の確定がされません (manual, 売上確定); register it with carrier"
                    + " YAMATO and its 送り状番号");
        }
        if (delivery == Delivery.OTHER_CARRIER) {
            return settings.flag(AtobaraiAccount.OPTION_OTHER_CARRIER) ? Optional.empty()
                    : Optional.of(otherCarrierOff(deliveryMethod));
        }
        if (shipment.carrier() == Carrier.YAMATO) {
            if (shipment.trackingNumbers().isEmpty()) {
                return Optional.of("クロネコヤマト配送の場合、売上確定には送り状番号が必須です (manual, 売上確定): the shipment"
                        + " has no slip number, so the payment stays uncaptured");
            }
            String slip = shipment.trackingNumbers().getFirst();
            if (!YamatoSlips.valid(slip)) {
                return Optional.of(AtobaraiErrors.TABLE.describe(AtobaraiErrors.SLIP_CHECK_DIGIT) + " (" + slip + ")");
            }
            return Optional.empty();
        }
        if (!settings.flag(AtobaraiAccount.OPTION_OTHER_CARRIER)) {
            return Optional.of("the shipment is by " + shipment.carrier() + ": その他の配送会社を選択すると決済の確定がされません"
                    + " (manual, 売上確定) unless the 他社配送オプション is used (option "
                    + AtobaraiAccount.OPTION_OTHER_CARRIER + ")");
        }
        return Optional.empty();
    }

    private static String otherCarrierOff(@Nullable String deliveryMethod) {
        return "the order's delivery method " + deliveryMethod + " is not one of the クロネコヤマト配送 methods (setting "
                + AtobaraiAccount.OPTION_YAMATO_DELIVERY_METHODS + "), so it is 他社配送, and the 他社配送オプション is off"
                + " (option " + AtobaraiAccount.OPTION_OTHER_CARRIER + "; it needs Yamato's option contract)";
    }

    /**
     * The manual, クロネコヤマト配送以外の場合: 「対応状況」を「発送済み」にすると決済状況が「売上確定」に変わります, one
     * order or in bulk. So an order whose delivery method is not one of the クロネコヤマト配送 methods
     * is reported (processDiv=2, paymentNo=orderNo) when it is marked shipped, if the 他社配送 option
     * is on. Without the list the manual gives no way to tell a Yamato order from another carrier's
     * ({@link Delivery#BY_SHIPMENT}), so such an order waits for its shipment to name the carrier.
     */
    @Override
    public boolean reportsShippedStatus(GatewayPaymentState payment, @Nullable String deliveryMethodCode,
            ProviderSettings settings) {
        return AtobaraiAccount.delivery(deliveryMethodCode, settings) == Delivery.OTHER_CARRIER
                && settings.flag(AtobaraiAccount.OPTION_OTHER_CARRIER);
    }

    /**
     * The manual, 一括操作で売上確定をする: a Yamato order marked 発送済み is not captured (送り状番号必須);
     * a 他社配送 order is ({@link #reportsShippedStatus}) unless the option is off.
     */
    @Override
    public String uncapturedWithoutShipment(GatewayPaymentState payment, @Nullable String deliveryMethodCode,
            ProviderSettings settings) {
        return switch (AtobaraiAccount.delivery(deliveryMethodCode, settings)) {
            case YAMATO -> "クロネコヤマト配送の受注を一括操作で「発送済み」にしても売上確定はされません (manual, 売上確定):"
                    + " the delivery method " + deliveryMethodCode + " ships with Yamato, so register the shipment with its"
                    + " 送り状番号 (or import the B2 file)";
            case OTHER_CARRIER -> otherCarrierOff(deliveryMethodCode);
            case BY_SHIPMENT -> "クロネコ代金後払い is captured by reporting the shipment (KAASL0010): register the shipment"
                    + " with its carrier and 送り状番号";
        };
    }

    private GatewayResult sendSlip(OperationKind kind, ProviderSettings settings, Map<String, String> fields) {
        return OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(settings.baseUrl(), AtobaraiFunction.SHIPMENT, fields);
            if (!reply.succeeded()) {
                return error(kind, reply);
            }
            Map<String, String> references = new HashMap<>();
            references.put(SLIP, fields.get("paymentNo"));
            references.put(PROCESS_DIV, AtobaraiCodes.SLIP_CHANGE.equals(fields.get("processDiv"))
                    ? AtobaraiCodes.SLIP_NEW : fields.get("processDiv"));
            references.put(STATUS_CODE, AtobaraiCodes.STATUS_SLIP_REGISTERED);
            return GatewayResult.succeeded(kind, PaymentStatus.CAPTURED,
                    AtobaraiCodes.statusWord(AtobaraiCodes.STATUS_SLIP_REGISTERED), references);
        });
    }

    // ---------------------------------------------------------------- cancel, refund, amount

    /** KAACL0010; refused once paid ({@code kaacl015E}) or in a state that cannot be cancelled ({@code kaacl009E}). */
    @Override
    public GatewayResult cancel(GatewayOperationRequest request) {
        OperationKind kind = OperationKind.CANCEL;
        Map<String, String> fields = requests.base(request.settings(), orderNo(request.payment()));
        return OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(request.settings().baseUrl(), AtobaraiFunction.CANCEL, fields);
            if (!reply.succeeded()) {
                return error(kind, reply);
            }
            return GatewayResult.succeeded(kind, PaymentStatus.CANCELLED, "取消",
                    Map.of(STATUS_CODE, AtobaraiCodes.STATUS_CANCELLED));
        });
    }

    @Override
    public GatewayResult refund(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.REFUND, null, "クロネコ代金後払い has no refund: cancel (KAACL0010) before"
                + " the shopper pays, or lower the amount (KAAKK0010)");
    }

    /** KAAKK0010 with the order's lines now; the shopper fee is OrderDesk's (Yamato does not recalculate it). */
    @Override
    public GatewayResult changeAmount(GatewayOperationRequest request) {
        OperationKind kind = OperationKind.CHANGE_AMOUNT;
        if (request.invoice() == null) {
            return GatewayResult.failed(kind, null, "KAAKK0010 re-sends the invoice lines, and none were given");
        }
        Map<String, String> fields = requests.amountChange(request.settings(), orderNo(request.payment()),
                request.amount(), request.invoice(), request.payment().references());
        return OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(request.settings().baseUrl(), AtobaraiFunction.AMOUNT_CHANGE, fields);
            if (!reply.succeeded()) {
                return error(kind, reply);
            }
            return GatewayResult.succeeded(kind, request.payment().status(), request.payment().providerStatus(), Map.of());
        });
    }

    @Override
    public AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount) {
        if (newAmount == payment.amount()) {
            return new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null);
        }
        if (newAmount < AtobaraiRequests.MIN_TOTAL || newAmount > AtobaraiRequests.MAX_TOTAL) {
            return AmountChangePlan.notPossible(AtobaraiErrors.TABLE.describe(AtobaraiErrors.TOTAL_DIGITS)
                    + " (new amount " + yen(newAmount) + ")");
        }
        if (payment.status() != PaymentStatus.AUTHORIZED && payment.status() != PaymentStatus.CAPTURED) {
            return AmountChangePlan.notPossible("the payment is " + payment.status()
                    + "; KAAKK0010 changes only 与信 or 売上確定 before payment");
        }
        long first = Long.parseLong(payment.references().getOrDefault(FIRST_TOTAL, Long.toString(payment.amount())));
        String fee = "the shopper fee (手数料) is not recalculated by Yamato: OrderDesk sends the order's own fee line";
        if (newAmount > first) {
            String rule = AtobaraiErrors.TABLE.describe(AtobaraiErrors.AMOUNT_ABOVE_FIRST) + " (first total "
                    + yen(first) + ")";
            if (payment.status() == PaymentStatus.CAPTURED) {
                return AmountChangePlan.notPossible(rule + "; the shipment is reported, so cancel the payment and take"
                        + " a new one with a new credit check");
            }
            return new AmountChangePlan(AmountChangePlan.Strategy.CANCEL_AND_REISSUE, List.of(
                    "KAAKK0010 is not possible: " + rule,
                    "KAACL0010 cancel orderNo " + orderNo(payment) + " (" + yen(payment.amount()) + ")",
                    "KAARA0010 credit check again for " + yen(newAmount) + " (cancel and re-check credit, new orderNo)",
                    fee), null);
        }
        return new AmountChangePlan(AmountChangePlan.Strategy.CHANGE_IN_PLACE, List.of(
                "KAAKK0010 請求金額変更 " + yen(payment.amount()) + " → " + yen(newAmount) + " (the order's lines re-sent)",
                fee), null);
    }

    // ---------------------------------------------------------------- status

    /**
     * A payment waiting for 払込票タイプ screening asks KAARS0010 (its reply fields are not public:
     * OrderDesk reads {@code result} as KAARA0010's); every other asks KAAST0010.
     *
     * @throws com.orderdesk.payment.gateway.ProviderUnavailable when Yamato gives no usable answer
     */
    @Override
    public GatewayStatusResult status(GatewayStatusRequest request) {
        GatewayPaymentState payment = request.payment();
        boolean screening = payment.status() == PaymentStatus.UNDER_REVIEW
                && Type.INVOICE.name().equals(payment.references().getOrDefault(TYPE, Type.INVOICE.name()));
        AtobaraiFunction function = screening ? AtobaraiFunction.CREDIT_RESULT : AtobaraiFunction.STATUS;
        ReturnCodeReply reply;
        try {
            reply = client.send(request.settings().baseUrl(), function, requests.base(request.settings(), orderNo(payment)));
        } catch (ProviderTransportFailure e) {
            throw OUTCOMES.unavailable(e.getMessage());
        }
        if (!reply.succeeded()) {
            // Yamato's code for an unknown orderNo is not public, so an error never means "never arrived".
            throw OUTCOMES.unavailable(function.code() + " answered " + AtobaraiErrors.TABLE.describe(reply.errorCode()));
        }
        String result = reply.field("result");
        if (result == null) {
            throw OUTCOMES.unavailable(function.code() + " answered without a result");
        }
        Map<String, String> references = new HashMap<>();
        if (screening) {
            PaymentStatus status = switch (result) {
                case AtobaraiCodes.CREDIT_OK -> PaymentStatus.AUTHORIZED;
                case AtobaraiCodes.CREDIT_NG, AtobaraiCodes.CREDIT_LIMIT -> PaymentStatus.FAILED;
                case AtobaraiCodes.CREDIT_REVIEW -> PaymentStatus.UNDER_REVIEW;
                default -> null;
            };
            String word = AtobaraiCodes.creditWord(result);
            return new GatewayStatusResult(true, status, status == PaymentStatus.AUTHORIZED ? "与信" : word, null, null,
                    references, null);
        }
        references.put(STATUS_CODE, result);
        String warning = reply.field("warning");
        if (warning != null) {
            references.put(WARNING, warning);
        }
        return new GatewayStatusResult(true, statusOf(result), AtobaraiCodes.statusWord(result), null, null, references,
                null);
    }

    /**
     * KAAST0010's 取引状況 in OrderDesk's terms: 承認済 → AUTHORIZED; 送り状番号登録済 and every later
     * state Yamato bills in (配送要調査, 警報送信, 売上確定, 請求書発行済, 入金済) → CAPTURED (Yamato pays the shop
     * whether or not the shopper paid); 取消 → CANCELLED; 審査中 → UNDER_REVIEW; 決済不可 → FAILED (an
     * approval withdrawn after the fact, or a failed SMS check).
     */
    static @Nullable PaymentStatus statusOf(String result) {
        return switch (result) {
            case AtobaraiCodes.STATUS_APPROVED -> PaymentStatus.AUTHORIZED;
            case AtobaraiCodes.STATUS_CANCELLED, AtobaraiCodes.STATUS_CANCELLED_2 -> PaymentStatus.CANCELLED;
            case AtobaraiCodes.STATUS_SLIP_REGISTERED, AtobaraiCodes.STATUS_DELIVERY_CHECK,
                    AtobaraiCodes.STATUS_WARNING_SENT, AtobaraiCodes.STATUS_SALES_FIXED, AtobaraiCodes.STATUS_INVOICED,
                    AtobaraiCodes.STATUS_PAID -> PaymentStatus.CAPTURED;
            case AtobaraiCodes.STATUS_IN_REVIEW -> PaymentStatus.UNDER_REVIEW;
            case AtobaraiCodes.STATUS_NOT_PAYABLE -> PaymentStatus.FAILED;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- errors

    /**
     * An error reply: Yamato's system errors ({@code err000x}) leave the outcome unknown; a refusal
     * of the request's content (a cancel once paid, a slip, an amount) is declined on operations
     * and a failure on a start (nothing was checked).
     */
    private static GatewayResult error(OperationKind kind, ReturnCodeReply reply) {
        String code = reply.errorCode();
        String message = "クロネコ代金後払い: " + AtobaraiErrors.TABLE.describe(code);
        if (code == null || AtobaraiErrors.isSystemError(code)) {
            return OUTCOMES.unknown(kind, code, message);
        }
        if (kind == OperationKind.AUTHORIZE) {
            return OUTCOMES.failed(kind, code, message);
        }
        return OUTCOMES.declined(kind, code, message);
    }

    private static String orderNo(GatewayPaymentState payment) {
        return payment.references().getOrDefault(ORDER_NO, payment.providerOrderId());
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }
}
