package com.orderdesk.payment;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.AuthenticationCompletion;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.NotificationClassification;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ReviewStep;
import com.orderdesk.payment.gateway.ShipmentReporting;

/**
 * A test adapter for its own provider {@link #CODE} whose answers each test scripts:
 * queued results per operation (default: success), a status answer, an amount-change plan, and a
 * hook run at every call (to check what the core wrote before calling). Records every call.
 * Notifications are {@code key=…&order=…&status=…&at=…&trusted=…} form bodies.
 */
public class ScriptedGateway implements PaymentGateway, NotificationReceiver<Map<String, String>>,
        AuthenticationCompletion, ShipmentReporting, ReviewStep {

    /** The shopper's code the review step accepts. */
    public static final String REVIEW_CODE = "1234";

    /** A provider no real adapter has, so no test of the core depends on a real provider's code. */
    public static final ProviderCode CODE = ProviderCode.declare("SCRIPTED", "scripted", "テスト決済");

    /** One call the core made. */
    public record Call(OperationKind kind, long amount, UUID operationId, UUID paymentId) {
    }

    private final Map<OperationKind, Deque<GatewayResult>> scripted = new EnumMap<>(OperationKind.class);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<GatewayAuthorizeRequest> authorizations = new CopyOnWriteArrayList<>();
    private volatile Consumer<Call> onCall = call -> { };
    private volatile GatewayCapabilities capabilities = defaultCapabilities();
    private volatile GatewayStatusResult status = GatewayStatusResult.unknownPayment();
    private volatile AmountChangePlan plan = new AmountChangePlan(AmountChangePlan.Strategy.CHANGE_IN_PLACE,
            List.of("change in place"), null);
    private volatile RuntimeException statusFailure;
    private final List<ShipmentReport> shipmentReports = new CopyOnWriteArrayList<>();
    private final List<ReportedShipment> previousShipments = new CopyOnWriteArrayList<>();
    private volatile Optional<String> amendmentRefusal = Optional.empty();
    private volatile Runnable onStatus = () -> { };
    private volatile ReviewPolicy reviewPolicy = defaultReviewPolicy();

    public static GatewayCapabilities defaultCapabilities() {
        return GatewayCapabilities.builder()
                .captureRequired(CaptureMode.AUTH_ONLY, CaptureMode.AUTH_AND_CAPTURE)
                .refunds(true)
                .amountIncrease(true)
                .amountDecrease(true)
                .cancellableFrom(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED,
                        PaymentStatus.PARTIALLY_REFUNDED)
                .authValidityDays(60)
                .amounts(1, 300_000)
                .pushNotifications(true)
                .subscriptions(true)
                .bulkCapture(50, 4)
                .build();
    }

    /** The default capabilities, with capture on shipment and push notifications as given. */
    public static GatewayCapabilities capabilities(boolean captureOnShipment, boolean pushNotifications) {
        return defaultCapabilities().toBuilder().captureOnShipment(captureOnShipment)
                .pushNotifications(pushNotifications).build();
    }

    public synchronized void reset() {
        scripted.clear();
        calls.clear();
        authorizations.clear();
        onCall = call -> { };
        capabilities = defaultCapabilities();
        status = GatewayStatusResult.unknownPayment();
        plan = new AmountChangePlan(AmountChangePlan.Strategy.CHANGE_IN_PLACE, List.of("change in place"), null);
        statusFailure = null;
        shipmentReports.clear();
        previousShipments.clear();
        amendmentRefusal = Optional.empty();
        onStatus = () -> { };
        reviewPolicy = defaultReviewPolicy();
    }

    /** Runs at every status query before it answers (to make the provider slow). */
    public void onStatus(Runnable hook) {
        this.onStatus = hook;
    }

    /** Like atobarai's SMS check: 30 minutes for the shopper, 3 codes, and a timeout cancels the order. */
    public static ReviewPolicy defaultReviewPolicy() {
        return new ReviewPolicy(java.time.Duration.ofMinutes(30), java.time.Duration.ofDays(2), 3,
                java.util.EnumSet.of(Failure.TIMED_OUT));
    }

    public void reviewPolicy(ReviewPolicy policy) {
        this.reviewPolicy = policy;
    }

    /** The next call of this kind answers with {@code result}. */
    public synchronized void script(OperationKind kind, GatewayResult result) {
        scripted.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(result);
    }

    public void onCall(Consumer<Call> hook) {
        this.onCall = hook;
    }

    public void capabilities(GatewayCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    public void status(GatewayStatusResult status) {
        this.status = status;
    }

    public void plan(AmountChangePlan plan) {
        this.plan = plan;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Every authorize request the core sent (customer, invoice), oldest first. */
    public List<GatewayAuthorizeRequest> authorizations() {
        return List.copyOf(authorizations);
    }

    public List<Call> calls(OperationKind kind) {
        return calls.stream().filter(call -> call.kind() == kind).toList();
    }

    @Override
    public ProviderCode providerCode() {
        return CODE;
    }

    @Override
    public GatewayCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public String providerOrderId(String orderNumber, int attempt) {
        return orderNumber + "-" + attempt;
    }

    @Override
    public Map<String, String> sandboxCredentials() {
        return Map.of("traderCode", "000000001", "password", "sandbox1");
    }

    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = request.captureImmediately() ? OperationKind.AUTHORIZE_AND_CAPTURE : OperationKind.AUTHORIZE;
        authorizations.add(request);
        record(kind, request.amount(), request.operationId(), request.paymentId());
        return next(OperationKind.AUTHORIZE, GatewayResult.succeeded(kind,
                request.captureImmediately() ? PaymentStatus.CAPTURED : PaymentStatus.AUTHORIZED,
                request.captureImmediately() ? "CAPTURE" : "AUTH",
                Map.of("transactionId", "TX-" + request.providerOrderId(), "accessPass", "secret-pass")));
    }

    @Override
    public GatewayResult capture(GatewayOperationRequest request) {
        record(OperationKind.CAPTURE, request);
        return next(OperationKind.CAPTURE, GatewayResult.succeeded(OperationKind.CAPTURE, PaymentStatus.CAPTURED,
                "SALES", Map.of()));
    }

    @Override
    public GatewayResult cancel(GatewayOperationRequest request) {
        record(OperationKind.CANCEL, request);
        return next(OperationKind.CANCEL, GatewayResult.succeeded(OperationKind.VOID, PaymentStatus.CANCELLED,
                "VOID", Map.of()));
    }

    @Override
    public GatewayResult refund(GatewayOperationRequest request) {
        record(OperationKind.REFUND, request);
        return next(OperationKind.REFUND, GatewayResult.succeeded(OperationKind.REFUND, null, "RETURN", Map.of()));
    }

    @Override
    public GatewayResult changeAmount(GatewayOperationRequest request) {
        record(OperationKind.CHANGE_AMOUNT, request);
        return next(OperationKind.CHANGE_AMOUNT, GatewayResult.succeeded(OperationKind.CHANGE_AMOUNT, null, null,
                Map.of()));
    }

    @Override
    public AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount) {
        return payment.amount() == newAmount
                ? new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null) : plan;
    }

    @Override
    public GatewayStatusResult status(GatewayStatusRequest request) {
        calls.add(new Call(OperationKind.STATUS_QUERY, 0, new UUID(0, 0), request.payment().paymentId()));
        onStatus.run();
        if (statusFailure != null) {
            throw statusFailure;
        }
        return status;
    }

    @Override
    public GatewayResult completeAuthentication(GatewayPaymentState payment, Map<String, String> returnParameters,
            ProviderSettings settings) {
        record(OperationKind.COMPLETE_AUTHENTICATION, payment.amount(), new UUID(0, 0), payment.paymentId());
        return next(OperationKind.COMPLETE_AUTHENTICATION, GatewayResult.succeeded(OperationKind.AUTHORIZE,
                PaymentStatus.AUTHORIZED, "AUTH", Map.of("authenticated", returnParameters.getOrDefault("PaRes", ""))));
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    @Override
    public void verifySource(InboundNotification raw, ProviderSettings settings) {
    }

    @Override
    public Map<String, String> parse(InboundNotification raw, ProviderSettings settings) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : raw.bodyText().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                fields.put(parts[0], parts[1]);
            }
        }
        if (!fields.containsKey("key") || !fields.containsKey("order")) {
            throw new NotificationRejected("missing key or order", false);
        }
        return fields;
    }

    @Override
    public PaymentLocator locate(Map<String, String> fields) {
        return PaymentLocator.byProviderOrderId(fields.get("order"));
    }

    @Override
    public NotificationClassification classify(Map<String, String> fields) {
        return NotificationClassification.reports(fields.get("key"),
                fields.containsKey("status") ? PaymentStatus.valueOf(fields.get("status")) : null,
                fields.get("status"), fields.containsKey("amount") ? Long.valueOf(fields.get("amount")) : null,
                fields.containsKey("at") ? Instant.parse(fields.get("at")) : null,
                Boolean.parseBoolean(fields.getOrDefault("trusted", "true")), Map.of());
    }

    /** The notice as the ingest would store it. */
    public ParsedNotification parsed(InboundNotification raw) {
        Map<String, String> fields = parse(raw, null);
        return new ParsedNotification(locate(fields), classify(fields));
    }

    @Override
    public Acknowledgement answer(Answer answer) {
        return new Acknowledgement(answer == Answer.ACCEPTED ? 200 : 400, "text/plain",
                answer == Answer.ACCEPTED ? "0" : "1");
    }

    /** A notification as the provider would post it. */
    public static InboundNotification notification(String body) {
        return new InboundNotification(CODE, "127.0.0.1", Map.of("content-type", "application/x-www-form-urlencoded"),
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                Instant.now());
    }

    private void record(OperationKind kind, GatewayOperationRequest request) {
        record(kind, request.amount(), request.operationId(), request.payment().paymentId());
    }

    private void record(OperationKind kind, long amount, UUID operationId, UUID paymentId) {
        Call call = new Call(kind, amount, operationId, paymentId);
        calls.add(call);
        onCall.accept(call);
    }

    private synchronized GatewayResult next(OperationKind kind, GatewayResult fallback) {
        Deque<GatewayResult> queue = scripted.get(kind);
        GatewayResult result = queue == null ? null : queue.poll();
        return result != null ? result : fallback;
    }

    /** Shipment reports, changes and withdrawals the core sent, in order. */
    public List<ShipmentReport> shipmentReports() {
        return List.copyOf(shipmentReports);
    }

    /** The slips the core said a change replaced. */
    public List<ReportedShipment> previousShipments() {
        return List.copyOf(previousShipments);
    }

    /** What {@link #amendmentRefusal} answers from now on (empty: changes and withdrawals are possible). */
    public void refuseAmendments(Optional<String> reason) {
        this.amendmentRefusal = reason;
    }

    @Override
    public GatewayResult reportShipment(ShipmentReport report) {
        shipmentReports.add(report);
        record(OperationKind.SHIPMENT_REPORT, report.payment().amount(), report.operationId(),
                report.payment().paymentId());
        return next(OperationKind.SHIPMENT_REPORT, GatewayResult.succeeded(OperationKind.SHIPMENT_REPORT,
                PaymentStatus.CAPTURED, "SHIPPED", Map.of()));
    }

    @Override
    public GatewayResult changeShipment(ShipmentReport report, ReportedShipment previous) {
        previousShipments.add(previous);
        return reportShipment(report);
    }

    @Override
    public GatewayResult withdrawShipment(ShipmentReport report) {
        shipmentReports.add(report);
        record(OperationKind.SHIPMENT_WITHDRAWAL, report.payment().amount(), report.operationId(),
                report.payment().paymentId());
        return next(OperationKind.SHIPMENT_WITHDRAWAL, GatewayResult.succeeded(OperationKind.SHIPMENT_WITHDRAWAL,
                PaymentStatus.AUTHORIZED, "AUTH", Map.of()));
    }

    @Override
    public Optional<String> amendmentRefusal(GatewayPaymentState payment, Amendment amendment) {
        return amendmentRefusal;
    }

    @Override
    public ReviewPolicy reviewPolicy() {
        return reviewPolicy;
    }

    @Override
    public GatewayResult completeReviewStep(ReviewStepRequest request) {
        record(OperationKind.REVIEW_STEP, request.payment().amount(), request.operationId(),
                request.payment().paymentId());
        GatewayResult fallback = REVIEW_CODE.equals(request.input().get("code"))
                ? GatewayResult.succeeded(OperationKind.REVIEW_STEP, PaymentStatus.AUTHORIZED, "0", Map.of())
                : GatewayResult.declined(OperationKind.REVIEW_STEP, "2", "認証番号が一致しません");
        return next(OperationKind.REVIEW_STEP, fallback);
    }
}
