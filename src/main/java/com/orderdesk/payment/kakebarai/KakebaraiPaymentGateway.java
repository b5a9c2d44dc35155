package com.orderdesk.payment.kakebarai;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.orderdesk.customer.BuyerAccountView;
import com.orderdesk.customer.BuyerAccounts;
import com.orderdesk.customer.ScreeningAnswer;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.CustomerEligibility;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities.CustomerField;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.SettingsRules;
import com.orderdesk.payment.gateway.ShipmentReporting;
import com.orderdesk.payment.gateway.kit.ProviderOrderIds;
import com.orderdesk.payment.kakebarai.wire.KakebaraiApi;
import com.orderdesk.payment.kakebarai.wire.KakebaraiCredentials;
import com.orderdesk.payment.kakebarai.wire.KakebaraiError;
import com.orderdesk.payment.gateway.kit.ReturnCodeReply;
import com.orderdesk.payment.kakebarai.wire.KakebaraiRequest;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.ShopTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Kuroneko kakebarai (クロネコ掛け払い, B2B net terms) adapter. Starting a payment registers the
 * order against the buyer's credit line (AN010): AUTHORIZED within it, otherwise declined with the
 * provider's reason (over the line — standard 600,000円 —, suspended, unknown buyer) or refused
 * before sending (a guest, a buyer not approved, more than 99 lines, an order date in the future).
 * A cancel is AN020. Capture is the shipment report (AN030, only for shipments registered with the
 * flag 「出荷情報をクロネコ掛け払いに送信する」) and a deleted reported shipment is withdrawn (AN040).
 * kakebarai has no amount-change call: a change is cancel + re-registration under a new order number.
 *
 * <p>Public (fact sheet, from one CS-Cart add-on): the seven API names, URLs, fields and limits used
 * here, the XML reply with {@code returnCode}/{@code errorCode}, the error scheme and the status
 * words. Not public, and so not invented: an order-status query (there is none: {@link #status}
 * tells nothing new), a "fully shipped" flag or partial-shipment rule for AN030 (AN030 carries
 * only {@code orderNo} and {@code slipNo}; a slip that leaves the order partly unshipped is refused
 * here with the reason rather than billing the whole order early), partial cancel, notifications.
 */
@Component
class KakebaraiPaymentGateway implements PaymentGateway, ShipmentReporting, CustomerEligibility, SettingsRules {

    /**
     * {@code orderNo}: at most 20 characters and unique per merchant (fact sheet); its alphabet is not
     * public, so OrderDesk keeps to {@code [0-9A-Za-z-]}, which the add-on's own numbers use.
     */
    static final ProviderOrderIds ORDER_NOS = new ProviderOrderIds(20, "0-9A-Za-z-");

    /** The largest credit line after review (fact sheet "Limits"); the buyer's own line is the provider's to check. */
    static final long MAX_AMOUNT = 20_000_000;

    /** References kept on the payment. */
    static final String ORDER_NO = "orderNo";
    static final String BUYER_ID = "buyerId";
    static final String SLIP_NO = "slipNo";

    private static final GatewayCapabilities CAPABILITIES = GatewayCapabilities.builder()
            .captureRequired(CaptureMode.AUTH_ONLY)
            .captureOnShipment(true)
            .fullCaptureOnly(true)
            .noRefunds()
            .cancellableFrom(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED)
            .amounts(1, MAX_AMOUNT)
            .maxLineCount(KakebaraiOrderRegistration.MAX_LINES)
            .requiredCustomerData(CustomerField.COMPANY)
            .pushNotifications(false)
            .build();

    /**
     * How long an AN050 answer (利用可 or not) stands for the method listing: the storefront lists
     * payment methods on every cart view, and one AN050 per view would put Yamato on the shop's hot
     * path. Only answers are kept (a refusal or an unreachable Yamato is asked again); the order
     * itself is still checked against the credit line by AN010.
     */
    static final Duration AVAILABILITY_TTL = Duration.ofSeconds(60);

    private final KakebaraiClient client;
    private final BuyerAccounts buyers;
    private final Clock clock;
    private final Cache<UUID, ScreeningAnswer> availability;

    KakebaraiPaymentGateway(KakebaraiClient client, BuyerAccounts buyers, Clock clock) {
        this.client = client;
        this.buyers = buyers;
        this.clock = clock;
        // On the injected clock, so that tests can move past the time to live.
        this.availability = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(AVAILABILITY_TTL)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    @Override
    public ProviderCode providerCode() {
        return KakebaraiProvider.CODE;
    }

    @Override
    public GatewayCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String providerOrderId(String orderNumber, int attempt) {
        return ORDER_NOS.of(orderNumber, attempt);
    }

    @Override
    public Map<String, String> sandboxCredentials() {
        return KakebaraiAccount.SANDBOX;
    }

    /**
     * AN010 against the credit line of the customer's buyer account. {@code A020004} (orderNo
     * registered already) cannot be checked: kakebarai has no status API. It counts as registered
     * only when OrderDesk's operations log shows an earlier AN010 of this very attempt that was sent
     * and never answered (order numbers are unique per attempt, so that send is the one Yamato
     * holds). Otherwise the number is taken by something OrderDesk did not send (a registration in
     * Yamato's admin, another system sharing the 加盟店コード), so the payment goes to an operator
     * instead of becoming AUTHORIZED on an order OrderDesk never registered.
     */
    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = OperationKind.AUTHORIZE;
        String customer = request.customer().providerCustomerId();
        if (customer == null) {
            return GatewayResult.failed(kind, null, "クロネコ掛け払い is for registered buyer companies; a guest cannot pay with it");
        }
        Optional<BuyerAccountView> buyer = buyers.find(UUID.fromString(customer));
        if (buyer.isEmpty()) {
            return GatewayResult.declined(kind, "NOT_A_BUYER", "the customer has not applied as a クロネコ掛け払い buyer (取引先登録)");
        }
        if (!buyer.get().approved()) {
            return GatewayResult.declined(kind, "NOT_APPROVED", "the buyer " + buyer.get().buyerId()
                    + " is not approved: screening status " + Optional.ofNullable(buyer.get().screeningStatus())
                            .orElse("not answered yet"));
        }
        if (request.amount() != request.invoice().total()) {
            return GatewayResult.failed(kind, null, "クロネコ掛け払い registers the order's lines, which add up to "
                    + yen(request.invoice().total()) + ", not to the payment's " + yen(request.amount())
                    + "; change the order's lines instead; nothing was sent");
        }
        String buyerId = buyer.get().buyerId();
        KakebaraiRequest registration;
        try {
            KakebaraiCredentials credentials = KakebaraiAccount.credentials(request.settings());
            registration = KakebaraiOrderRegistration.of(request, credentials, buyerId,
                    KakebaraiAccount.productCodes(request.settings()), ShopTime.dateOf(clock.instant()));
        } catch (KakebaraiOrderRegistration.Refused | ProviderNotConfigured e) {
            return GatewayResult.failed(kind, null, e.getMessage() + "; nothing was sent");
        }
        return KakebaraiOutcomes.OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(request.settings().baseUrl(), registration);
            if (!reply.succeeded()) {
                KakebaraiError error = KakebaraiError.of(reply.errorCode());
                if (error.kind() != KakebaraiError.Kind.DUPLICATE_ORDER) {
                    return KakebaraiOutcomes.ofError(kind, KakebaraiApi.AN010, error);
                }
                if (!request.earlierSendUnanswered()) {
                    return GatewayResult.unknownForOperator(kind, error.code(), "クロネコ掛け払い AN010: "
                            + error.describe() + " (orderNo " + registration.field("orderNo") + "), but OrderDesk never"
                            + " sent this registration before: check the order in Yamato's merchant admin, then cancel"
                            + " it there or record what it is");
                }
            }
            Map<String, String> references = new HashMap<>();
            references.put(ORDER_NO, registration.field("orderNo"));
            references.put(BUYER_ID, buyerId);
            return GatewayResult.succeeded(kind, PaymentStatus.AUTHORIZED, KakebaraiStatuses.REGISTERED, references);
        });
    }

    @Override
    public GatewayResult capture(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.CAPTURE, null,
                "クロネコ掛け払い bills on the shipment report (AN030): register the shipment with 出荷情報を送信する");
    }

    /** AN020; the provider refuses ({@code B020005}) once the order can no longer be cancelled. */
    @Override
    public GatewayResult cancel(GatewayOperationRequest request) {
        OperationKind kind = OperationKind.CANCEL;
        GatewayPaymentState payment = request.payment();
        return send(kind, KakebaraiApi.AN020, request.settings(), Map.of("orderNo", orderNo(payment),
                "buyerId", payment.references().getOrDefault(BUYER_ID, "")), () -> GatewayResult.succeeded(kind, PaymentStatus.CANCELLED,
                        KakebaraiStatuses.ORDER_CANCELLED, Map.of()));
    }

    @Override
    public GatewayResult refund(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.REFUND, null,
                "クロネコ掛け払い has no refund: cancel the order (AN020) while Yamato allows it");
    }

    @Override
    public GatewayResult changeAmount(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.CHANGE_AMOUNT, null,
                "クロネコ掛け払い has no amount change: the order is cancelled and registered again");
    }

    /**
     * Cancel (AN020) and register again (AN010) under the next attempt's order number, against the
     * buyer's credit line again; a reported (billed) order is not re-registered.
     */
    @Override
    public AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount) {
        if (newAmount == payment.amount()) {
            return new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null);
        }
        if (payment.status() != PaymentStatus.AUTHORIZED) {
            return AmountChangePlan.notPossible("the クロネコ掛け払い payment is " + payment.status()
                    + "; only a registered, not yet shipped order can be cancelled and registered again");
        }
        if (newAmount > MAX_AMOUNT) {
            return AmountChangePlan.notPossible("クロネコ掛け払い credit lines end at " + yen(MAX_AMOUNT));
        }
        return new AmountChangePlan(AmountChangePlan.Strategy.CANCEL_AND_REISSUE, List.of(
                "AN020 決済取消 orderNo " + orderNo(payment) + " (" + yen(payment.amount()) + ")",
                "AN010 決済登録 under the next order number for " + yen(newAmount)
                        + " against the buyer's remaining credit line; if Yamato refuses it (over the line) the payment is flagged"),
                null);
    }

    /**
     * kakebarai has no order-status query (fact sheet: "There is no query-by-order API"), so this
     * tells nothing new: the payment stays as OrderDesk last knew it, and an unknown registration is
     * settled by an operator (Yamato's admin, or a cancel).
     */
    @Override
    public GatewayStatusResult status(GatewayStatusRequest request) {
        GatewayPaymentState payment = request.payment();
        return new GatewayStatusResult(true, null, payment.providerStatus(), null, null, Map.of(), null);
    }

    // ShipmentReporting

    @Override
    public boolean reportsEveryShipment() {
        return false;
    }

    /**
     * AN030 with the slip number without hyphens. Refused before sending: a slip that does not
     * complete the order (AN030 bills the whole registered order and the public material shows no
     * partial report), more than one number on the slip, or an order reported already.
     */
    @Override
    public GatewayResult reportShipment(ShipmentReport report) {
        OperationKind kind = OperationKind.SHIPMENT_REPORT;
        Optional<String> refusal = reportRefusal(report);
        if (refusal.isPresent()) {
            return GatewayResult.declined(kind, "NOT_REPORTED", refusal.get() + "; nothing was sent");
        }
        String slipNo = slipNo(report.shipment());
        return send(kind, KakebaraiApi.AN030, report.settings(), Map.of("orderNo", orderNo(report.payment()),
                "slipNo", slipNo), () -> GatewayResult.succeeded(kind, PaymentStatus.CAPTURED, KakebaraiStatuses.SHIPPED,
                        Map.of(SLIP_NO, slipNo)));
    }

    /** AN040 for the old slip, then AN030 for the new one (no change call is public). */
    @Override
    public GatewayResult changeShipment(ShipmentReport report, ReportedShipment previous) {
        GatewayResult withdrawn = withdraw(report, previous);
        if (withdrawn.outcome() != com.orderdesk.payment.gateway.GatewayOutcome.SUCCEEDED) {
            return withdrawn;
        }
        GatewayResult reported = reportShipment(new ShipmentReport(withAuthorized(report.payment()), report.operationId(),
                report.shipmentId(), report.shipment(), report.orderNumbers(), report.settings(), true,
                report.deliveryMethodCode()));
        if (reported.outcome() != com.orderdesk.payment.gateway.GatewayOutcome.SUCCEEDED) {
            return new GatewayResult(reported.outcome(), reported.operationKind(), PaymentStatus.AUTHORIZED,
                    KakebaraiStatuses.REGISTERED, Map.of(), reported.nextAction(), null, reported.errorCode(),
                    "the old slip was withdrawn (AN040) but the new one was not reported: " + reported.errorMessage());
        }
        return reported;
    }

    @Override
    public GatewayResult withdrawShipment(ShipmentReport report) {
        return withdraw(report, report.shipment());
    }

    /** Nothing public says when AN040 is refused; Yamato's answer decides. */
    @Override
    public Optional<String> amendmentRefusal(GatewayPaymentState payment, Amendment amendment) {
        return Optional.empty();
    }

    private GatewayResult withdraw(ShipmentReport report, ReportedShipment shipment) {
        OperationKind kind = OperationKind.SHIPMENT_WITHDRAWAL;
        return send(kind, KakebaraiApi.AN040, report.settings(), Map.of("orderNo", orderNo(report.payment()),
                "slipNo", slipNo(shipment)), () -> GatewayResult.succeeded(kind, PaymentStatus.AUTHORIZED,
                        KakebaraiStatuses.REGISTERED, Map.of()));
    }

    private static Optional<String> reportRefusal(ShipmentReport report) {
        if (!report.orderFullyShipped()) {
            return Optional.of("the order is not fully shipped with this slip: クロネコ掛け払い's shipment report (AN030)"
                    + " bills the whole registered order and its public material shows no partial shipment report;"
                    + " report the shipment that completes the order");
        }
        if (report.shipment().trackingNumbers().size() != 1) {
            return Optional.of("AN030 takes exactly one 送り状番号 (slipNo); this shipment has "
                    + report.shipment().trackingNumbers().size());
        }
        if (report.payment().status() == PaymentStatus.CAPTURED) {
            return Optional.of("the order is reported already (slip " + report.payment().references().get(SLIP_NO)
                    + "); Yamato bills it once");
        }
        return Optional.empty();
    }

    // CustomerEligibility

    /**
     * The manual's gate: a registered customer (never a guest), in the buyer group when the option
     * 「取引先ユーザーグループのお客様のみ使用可能」 is on, whose screening status approves it and whose
     * availability check (AN050) answers 利用可 now.
     */
    @Override
    public Optional<String> refusal(@Nullable UUID customerId, Set<String> customerGroups, ProviderSettings settings) {
        if (customerId == null) {
            return Optional.of("クロネコ掛け払い is only for registered buyer companies, not for guests");
        }
        String group = KakebaraiAccount.buyerGroup(settings);
        if (KakebaraiAccount.onlyGroupMembers(settings) && !customerGroups.contains(group)) {
            return Optional.of("only members of the customer group " + group + " (クロネコ掛け払い取引先) may use it");
        }
        Optional<BuyerAccountView> buyer = buyers.find(customerId);
        if (buyer.isEmpty()) {
            return Optional.of("the customer has not applied as a クロネコ掛け払い buyer (取引先登録)");
        }
        if (!buyer.get().approved()) {
            return Optional.of("the buyer's screening status is " + Optional.ofNullable(buyer.get().screeningStatus())
                    .orElse("not answered yet") + ", not " + KakebaraiStatuses.USABLE);
        }
        Optional<ScreeningAnswer> availability = availability(customerId);
        if (availability.isEmpty() || availability.get().outcome() != ScreeningAnswer.Outcome.ANSWERED) {
            return Optional.of("the availability check (AN050) could not be made: "
                    + availability.map(ScreeningAnswer::message).orElse("no approved buyer"));
        }
        if (!availability.get().approved()) {
            return Optional.of("the availability check (AN050) answered " + availability.get().status() + ", not "
                    + KakebaraiStatuses.AVAILABLE);
        }
        return Optional.empty();
    }

    /** AN050 for the customer, or its answer of the last {@link #AVAILABILITY_TTL}. */
    private Optional<ScreeningAnswer> availability(UUID customerId) {
        ScreeningAnswer kept = availability.getIfPresent(customerId);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<ScreeningAnswer> answer = buyers.checkAvailability(customerId);
        answer.filter(found -> found.outcome() == ScreeningAnswer.Outcome.ANSWERED)
                .ifPresent(found -> availability.put(customerId, found));
        return answer;
    }

    // SettingsRules

    @Override
    public List<FieldError> check(ProviderSettings.Environment environment, Map<String, String> options,
            Map<String, @Nullable String> credentials) {
        return KakebaraiAccount.check(options, credentials);
    }

    private GatewayResult send(OperationKind kind, KakebaraiApi api, ProviderSettings settings, Map<String, String> fields,
            java.util.function.Supplier<GatewayResult> onSuccess) {
        KakebaraiRequest request;
        try {
            request = KakebaraiRequest.of(api, KakebaraiAccount.credentials(settings), fields);
        } catch (ProviderNotConfigured e) {
            return GatewayResult.failed(kind, null, e.getMessage() + "; nothing was sent");
        }
        return KakebaraiOutcomes.OUTCOMES.guard(kind, () -> {
            ReturnCodeReply reply = client.send(settings.baseUrl(), request);
            return reply.succeeded() ? onSuccess.get()
                    : KakebaraiOutcomes.ofError(kind, api, KakebaraiError.of(reply.errorCode()));
        });
    }

    private static GatewayPaymentState withAuthorized(GatewayPaymentState payment) {
        return new GatewayPaymentState(payment.paymentId(), payment.orderNumber(), payment.providerOrderId(),
                PaymentStatus.AUTHORIZED, payment.providerStatus(), payment.amount(), payment.capturedAmount(),
                payment.refundedAmount(), payment.authorizedAt(), payment.capturedAt(), payment.references());
    }

    /** The orderNo the registration used, else the provider order id it was made as. */
    private static String orderNo(GatewayPaymentState payment) {
        String registered = payment.references().get(ORDER_NO);
        return registered != null ? registered : payment.providerOrderId();
    }

    /** 送り状番号 with hyphens removed (fact sheet AN030). */
    static String slipNo(ReportedShipment shipment) {
        return shipment.trackingNumbers().getFirst().replace("-", "");
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }
}
