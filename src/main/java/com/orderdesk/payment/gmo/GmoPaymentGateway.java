package com.orderdesk.payment.gmo;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.AuthenticationCompletion;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.StoredCards;
import com.orderdesk.payment.gateway.kit.ProviderOrderIds;
import com.orderdesk.payment.gateway.kit.ProviderTransportFailure;
import com.orderdesk.payment.gmo.wire.AlterTranRequest;
import com.orderdesk.payment.gmo.wire.ChangeTranRequest;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.JobCd;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
import com.orderdesk.payment.gmo.wire.SearchTradeRequest;
import com.orderdesk.payment.gmo.wire.SearchTradeResponse;
import com.orderdesk.payment.gmo.wire.TranResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The GMO-PG credit card adapter, the port's face for GMO: it starts payments through
 * {@link GmoAuthorizer}, captures / cancels / refunds with AlterTran, changes amounts with
 * ChangeTran (planned by {@link GmoAmountChangePlanner}), asks SearchTrade for the state, and
 * offers stored cards ({@link GmoCardVault}) and 3-D Secure completion as extra flows; the result
 * notification is {@link GmoNotificationParser}'s. Wire facts: {@code shared/providers/gmo-pg.md};
 * operator rules: seed 001.
 *
 * <p>Refunds: GMO has no partial-refund API. A refund of the whole remaining captured amount is a
 * cancel (VOID/RETURN/RETURNX by date, {@link GmoCancelPolicy}); a partial refund lowers the sale
 * with ChangeTran {@code JobCd=CAPTURE} to the remaining amount (GMO re-authorizes and re-captures
 * it), so capabilities say partial refunds are possible.
 */
@Component
class GmoPaymentGateway implements PaymentGateway, StoredCards, AuthenticationCompletion {

    static final long MAX_AMOUNT = 9_999_999;

    /** GMO's OrderID: at most 27 characters of {@code [A-Za-z0-9-]} (fact sheet, EntryTran). */
    static final ProviderOrderIds ORDER_IDS = new ProviderOrderIds(27, "A-Za-z0-9-");

    /** GMO answers SearchTrade for an OrderID it never saw with "no such transaction". */
    private static final String NO_SUCH_TRANSACTION = "E01110002";

    /**
     * AlterTran SALES must carry the authorized amount, so a capture is full only. Subscriptions (定期購入)
     * are recurring card charges on a stored card (GMO-PG manual, seeds/001: 定期購入 orders on registered cards). Bulk capture: GMO's per-shop request
     * rate is not public; a batch of 50 sent four at a time is assumed to stay well below it.
     */
    private static final GatewayCapabilities CAPABILITIES = GatewayCapabilities.builder()
            .captureRequired(CaptureMode.AUTH_ONLY, CaptureMode.AUTH_AND_CAPTURE)
            .fullCaptureOnly(true)
            .refunds(true)
            .amountIncrease(true)
            .amountDecrease(true)
            .cancellableFrom(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED)
            .authValidityDays(GmoAuthorizer.AUTH_VALIDITY_DAYS)
            .amounts(1, MAX_AMOUNT)
            .pushNotifications(true)
            .subscriptions(true)
            .bulkCapture(50, 4)
            .build();

    private final GmoClient client;
    private final GmoAuthorizer authorizer;
    private final GmoCardVault cards;
    private final Clock clock;

    GmoPaymentGateway(GmoClient client, Clock clock) {
        this.client = client;
        this.authorizer = new GmoAuthorizer(client, clock);
        this.cards = new GmoCardVault(client);
        this.clock = clock;
    }

    @Override
    public ProviderCode providerCode() {
        return GmoProvider.CODE;
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
        return GmoAccount.SANDBOX;
    }

    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        return authorizer.authorize(request);
    }

    @Override
    public GatewayResult completeAuthentication(GatewayPaymentState payment, Map<String, String> returnParameters,
            ProviderSettings settings) {
        return authorizer.completeAuthentication(payment, settings);
    }

    @Override
    public GatewayResult capture(GatewayOperationRequest request) {
        GatewayPaymentState payment = request.payment();
        if (request.amount() != payment.amount()) {
            return GatewayResult.failed(OperationKind.CAPTURE, null, "GMO-PG captures exactly the authorized amount ("
                    + yen(payment.amount()) + "); change the amount before capturing " + yen(request.amount()));
        }
        return alter(request, JobCd.SALES, payment.amount(), OperationKind.CAPTURE, PaymentStatus.CAPTURED);
    }

    @Override
    public GatewayResult cancel(GatewayOperationRequest request) {
        GmoCancelPolicy.Decision decision = GmoCancelPolicy.decide(request.payment(), clock.instant());
        return alter(request, decision.jobCd(), null, decision.kind(), PaymentStatus.CANCELLED);
    }

    @Override
    public GatewayResult refund(GatewayOperationRequest request) {
        GatewayPaymentState payment = request.payment();
        long remaining = payment.capturedAmount() - payment.refundedAmount();
        if (request.amount() >= remaining) {
            GmoCancelPolicy.Decision decision = GmoCancelPolicy.decide(payment, clock.instant());
            return alter(request, decision.jobCd(), null, decision.kind(), PaymentStatus.REFUNDED);
        }
        return change(request, JobCd.CAPTURE, remaining - request.amount(), OperationKind.REFUND,
                PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Override
    public GatewayResult changeAmount(GatewayOperationRequest request) {
        PaymentStatus status = request.payment().status();
        JobCd jobCd = status == PaymentStatus.AUTHORIZED ? JobCd.AUTH : JobCd.CAPTURE;
        return change(request, jobCd, request.amount(), OperationKind.CHANGE_AMOUNT, status);
    }

    @Override
    public AmountChangePlan planAmountChange(GatewayPaymentState payment, long newAmount) {
        return GmoAmountChangePlanner.plan(payment, newAmount, clock.instant());
    }

    @Override
    public GatewayStatusResult status(GatewayStatusRequest request) {
        ProviderSettings settings = request.settings();
        GmoReply reply;
        SearchTradeResponse trade;
        try {
            reply = client.send(settings.baseUrl(),
                    new SearchTradeRequest(GmoAccount.shop(settings), request.payment().providerOrderId()));
            if (reply.hasErrorInfo(NO_SUCH_TRANSACTION)) {
                return GatewayStatusResult.unknownPayment();
            }
            if (reply.failed()) {
                throw GmoOutcomes.OUTCOMES.unavailable("SearchTrade answered " + reply.errorMessage());
            }
            trade = SearchTradeResponse.from(reply);
        }
        catch (ProviderTransportFailure | MalformedGmoReply e) {
            throw GmoOutcomes.OUTCOMES.unavailable(e.getMessage());
        }
        Map<String, String> references = GmoReferences.of(trade.accessId(), trade.accessPass(), null, trade.tranId(),
                trade.approve(), trade.forward());
        return new GatewayStatusResult(true, GmoStatusMapper.status(trade.status()), trade.status(), trade.amount(), null,
                references, GmoStatusMapper.lastOperation(trade.status()));
    }

    private GatewayResult alter(GatewayOperationRequest request, JobCd jobCd, @Nullable Long amount, OperationKind kind,
            PaymentStatus after) {
        GatewayPaymentState payment = request.payment();
        if (!GmoReferences.addressable(payment)) {
            return GmoReferences.notAddressable(kind);
        }
        ProviderSettings settings = request.settings();
        return GmoOutcomes.OUTCOMES.guard(kind, () -> {
            GmoReply reply = client.send(settings.baseUrl(), new AlterTranRequest(GmoAccount.shop(settings),
                    accessId(payment), accessPass(payment), jobCd, amount));
            return transacted(reply, kind, jobCd, after);
        });
    }

    private GatewayResult change(GatewayOperationRequest request, JobCd jobCd, long amount, OperationKind kind,
            PaymentStatus after) {
        GatewayPaymentState payment = request.payment();
        if (!GmoReferences.addressable(payment)) {
            return GmoReferences.notAddressable(kind);
        }
        ProviderSettings settings = request.settings();
        return GmoOutcomes.OUTCOMES.guard(kind, () -> {
            GmoReply reply = client.send(settings.baseUrl(), new ChangeTranRequest(GmoAccount.shop(settings),
                    accessId(payment), accessPass(payment), jobCd, amount));
            return transacted(reply, kind, jobCd, after);
        });
    }

    private static GatewayResult transacted(GmoReply reply, OperationKind kind, JobCd jobCd, PaymentStatus after) {
        if (reply.failed()) {
            return GmoOutcomes.ofErrors(kind, reply);
        }
        TranResponse answer = TranResponse.from(reply);
        // The JobCd reference keeps how the transaction was entered (AUTH/CAPTURE); what this call
        // did is the provider status.
        Map<String, String> references = GmoReferences.of(null, null, null, answer.tranId(), answer.approve(),
                answer.forward());
        return GatewayResult.succeeded(kind, after, jobCd.name(), references);
    }

    private static String accessId(GatewayPaymentState payment) {
        return payment.reference(GmoReferences.ACCESS_ID);
    }

    private static String accessPass(GatewayPaymentState payment) {
        return payment.reference(GmoReferences.ACCESS_PASS);
    }

    /** {@code 1,500円}, as operators read amounts in histories and plans. */
    static String yen(long amount) {
        return String.format("%,d円", amount);
    }


    @Override
    public List<StoredCard> list(String providerCustomerId, ProviderSettings settings) {
        return cards.list(providerCustomerId, settings);
    }

    @Override
    public StoredCard store(String providerCustomerId, String customerName, String token, ProviderSettings settings) {
        return cards.store(providerCustomerId, customerName, token, null, settings);
    }

    /** {@link #store} with the holder name typed (GMO prints it on nothing; it helps tell cards apart). */
    @Override
    public StoredCard store(String providerCustomerId, String customerName, String token, @Nullable String holderName,
            ProviderSettings settings) {
        return cards.store(providerCustomerId, customerName, token, holderName, settings);
    }

    @Override
    public void delete(String providerCustomerId, String cardId, ProviderSettings settings) {
        cards.delete(providerCustomerId, cardId, settings);
    }

    @Override
    public @Nullable String statusWord(PaymentStatus status) {
        return GmoStatusMapper.manualWord(status, null);
    }

    @Override
    public @Nullable String displayWord(PaymentStatus status, @Nullable String providerStatus) {
        return GmoStatusMapper.manualWord(status, providerStatus);
    }
}
