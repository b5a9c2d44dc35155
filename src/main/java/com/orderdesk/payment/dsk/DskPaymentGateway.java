package com.orderdesk.payment.dsk;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.dsk.wire.CancelRequest;
import com.orderdesk.payment.dsk.wire.DskReply;
import com.orderdesk.payment.dsk.wire.RegistrationRequest;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities.CustomerField;
import com.orderdesk.payment.gateway.GatewayCapabilities;
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
import com.orderdesk.payment.gateway.kit.ProviderOrderIds;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The DSK paperless convenience-store adapter. Starting a payment registers the order with DSK and
 * hands the shopper DSK's payment-method-selection URL (支払い方法選択ページURL); the shopper pays at
 * a store and DSK's notice (入金速報) moves the payment to PAID, or AMOUNT_MISMATCH when the paid
 * amount differs from the billed one. Nothing is captured or refunded through DSK: a paid payment
 * can be neither cancelled nor changed (CraftCart's DSK manual: refund outside the shop system),
 * and an unpaid one changes amount by cancel + re-registration (re-issue) because DSK cannot change
 * a registered order.
 *
 * <p>Public (fact sheet): the Shift_JIS key=value replies, {@code result} -1/-2/-99, the notice
 * fields and its literal acknowledgement. PROPOSED for OrderDesk's simulator: registration with a
 * selection URL ({@code /paperless/order}), {@code -3} duplicates, cancel, and the notice types
 * {@code datakbn} 1/2/3. There is no status query: DSK material describes none.
 */
@Component
class DskPaymentGateway implements PaymentGateway {

    static final long MIN_AMOUNT = 1;
    /** Convenience stores take less than 300,000 yen per slip (fact sheet, "Limits"). */
    static final long MAX_AMOUNT = 299_999;

    /**
     * DSK's {@code orderid}: PROPOSED limit of at most 20 of {@code [0-9A-Za-z-]} (the w2 package
     * sends the shop's order number). With OrderDesk's numbering ({@code OD-000123-2}) it is the
     * order number and attempt as they are; a long custom prefix is shortened by the kit, keeping the
     * distinguishing end. Stored as the {@value #ORDER_ID} reference, which notices are located by.
     */
    static final ProviderOrderIds ORDER_IDS = new ProviderOrderIds(20, "0-9A-Za-z-");

    /** References kept on the payment. */
    static final String DSK_ID = "dskid";
    static final String ORDER_ID = "orderid";
    static final String URL = "url";
    static final String EXPIRE = "expire";
    static final String RECEIPT_NO = "receiptno";

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** Paid at the store: no capture, no refund, cancel only while unpaid; subscriptions per the DSK manual (seeds/000: 通常購入や定期購入を問わず). */
    private static final GatewayCapabilities CAPABILITIES = GatewayCapabilities.builder()
            .cancellableFrom(PaymentStatus.PENDING)
            .amounts(MIN_AMOUNT, MAX_AMOUNT)
            .requiredCustomerData(CustomerField.PHONE)
            .pushNotifications(true)
            .noStatusQuery()
            .subscriptions(true)
            .build();

    private final DskClient client;
    private final DskRegistrations registrations;

    DskPaymentGateway(DskClient client, Clock clock) {
        this.client = client;
        this.registrations = new DskRegistrations(clock);
    }

    @Override
    public ProviderCode providerCode() {
        return DskProvider.CODE;
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
        return DskAccount.SANDBOX;
    }

    /**
     * Registers the order; PENDING (未入金) with the selection URL as the next action. A repeated
     * registration of the same orderid ({@code -3}, after a lost reply or the core retrying an
     * UNKNOWN start) gives the existing registration back, so a payment is never registered twice.
     */
    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = OperationKind.AUTHORIZE;
        if (request.amount() < MIN_AMOUNT || request.amount() > MAX_AMOUNT) {
            return GatewayResult.failed(kind, null, "DSK takes amounts from 1 to 299,999円 (is " + yen(request.amount()) + ")");
        }
        RegistrationRequest registration;
        try {
            registration = registrations.of(request);
        } catch (IllegalArgumentException e) {
            return GatewayResult.failed(kind, null, e.getMessage());
        }
        return DskOutcomes.OUTCOMES.guard(kind, () -> {
            DskReply reply = client.send(request.settings().baseUrl(), registration);
            boolean duplicate = reply.result() == DskReply.DUPLICATE_ORDER;
            if (!reply.succeeded() && !duplicate) {
                return DskOutcomes.ofError(kind, reply);
            }
            String dskId = reply.field(DSK_ID);
            String url = reply.field(URL);
            if (dskId == null || url == null) {
                return GatewayResult.unknown(kind, "DSK registered " + registration.orderId() + " (" + reply.describe()
                        + ") but returned no dskid/url; the status query will tell");
            }
            return registered(registration, reply, dskId, url);
        });
    }

    private static GatewayResult registered(RegistrationRequest registration, DskReply reply, String dskId, String url) {
        Map<String, String> references = new HashMap<>();
        references.put(DSK_ID, dskId);
        references.put(ORDER_ID, registration.orderId());
        references.put(URL, url);
        references.put(EXPIRE, YYYYMMDD.format(registration.expire()));
        Map<String, String> data = new HashMap<>();
        data.put("dskId", dskId);
        String receiptNo = reply.field(RECEIPT_NO);
        if (receiptNo != null) {
            references.put(RECEIPT_NO, receiptNo);
            data.put("receiptNo", receiptNo);
        }
        NextAction action = new NextAction(NextAction.Type.PAYMENT_PAGE, url, data,
                DskRegistrations.payableUntil(registration.expire()));
        return new GatewayResult(GatewayOutcome.PENDING, OperationKind.AUTHORIZE, PaymentStatus.PENDING,
                DskStatuses.UNPAID, references, action, null, null, null);
    }

    @Override
    public GatewayResult capture(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.CAPTURE, null, "DSK payments are not captured: the shopper pays at the store");
    }

    /** Cancels at DSK; DSK refuses ({@code -1}) once the shopper has paid. */
    @Override
    public GatewayResult cancel(GatewayOperationRequest request) {
        OperationKind kind = OperationKind.CANCEL;
        String orderId = orderId(request.payment());
        return DskOutcomes.OUTCOMES.guard(kind, () -> {
            DskReply reply = client.send(request.settings().baseUrl(),
                    new CancelRequest(DskAccount.credentials(request.settings()), orderId));
            if (!reply.succeeded()) {
                return DskOutcomes.ofError(kind, reply);
            }
            return GatewayResult.succeeded(kind, PaymentStatus.CANCELLED, DskStatuses.CANCELLED, Map.of(ORDER_ID, orderId));
        });
    }

    @Override
    public GatewayResult refund(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.REFUND, null,
                "DSK cannot refund: refund outside OrderDesk and record it");
    }

    @Override
    public GatewayResult changeAmount(GatewayOperationRequest request) {
        return GatewayResult.failed(OperationKind.CHANGE_AMOUNT, null,
                "DSK cannot change a registered amount: it is re-issued (cancel and register again)");
    }

    @Override
    public AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount) {
        if (newAmount == payment.amount()) {
            return new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null);
        }
        return switch (payment.status()) {
            case PENDING -> {
                if (newAmount < MIN_AMOUNT || newAmount > MAX_AMOUNT) {
                    yield AmountChangePlan.notPossible("DSK takes amounts from 1 to 299,999円 (new amount "
                            + yen(newAmount) + ")");
                }
                yield new AmountChangePlan(AmountChangePlan.Strategy.CANCEL_AND_REISSUE, List.of(
                        "DSK cancel orderid " + orderId(payment) + " (" + yen(payment.amount()) + ")",
                        "DSK register the order again for " + yen(newAmount)
                                + " → new selection URL for the shopper"), null);
            }
            case PAID, AMOUNT_MISMATCH -> AmountChangePlan.notPossible(
                    "DSK cannot change a paid amount; refund outside OrderDesk and record it");
            default -> AmountChangePlan.notPossible("the DSK payment is " + payment.status()
                    + "; there is nothing at DSK to change");
        };
    }

    /**
     * DSK has no status API (no DSK material describes one; the capabilities say so), so the core
     * never asks: notices are matched to the registration, and a lost cancel is sent again.
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public GatewayStatusResult status(GatewayStatusRequest request) {
        throw new UnsupportedOperationException("DSK has no status query");
    }

    @Override
    public Map<String, String> settingsHelp() {
        return DskAccount.HELP;
    }

    /** The words of CraftCart's DSK manual for OrderDesk's states (shown beside the unified status). */
    @Override
    public @Nullable String statusWord(PaymentStatus status) {
        return DskStatuses.word(status);
    }

    /** DSK's own word as its notice or the core set it (入金確定, 入金取消 say more than the status). */
    @Override
    public @Nullable String displayWord(PaymentStatus status, @Nullable String providerStatus) {
        return providerStatus != null ? providerStatus : DskStatuses.word(status);
    }

    /** The orderid the registration used (kept as a reference), else the provider order id it was made as. */
    private static String orderId(GatewayPaymentState payment) {
        String registered = payment.references().get(ORDER_ID);
        return registered != null ? registered : payment.providerOrderId();
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
