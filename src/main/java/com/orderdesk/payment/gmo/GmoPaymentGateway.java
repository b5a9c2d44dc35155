package com.orderdesk.payment.gmo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.AuthenticationCompletion;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.StoredCards;
import com.orderdesk.payment.gmo.wire.AlterTranRequest;
import com.orderdesk.payment.gmo.wire.ChangeTranRequest;
import com.orderdesk.payment.gmo.wire.EntryTranRequest;
import com.orderdesk.payment.gmo.wire.EntryTranResponse;
import com.orderdesk.payment.gmo.wire.ExecTranRequest;
import com.orderdesk.payment.gmo.wire.ExecTranResponse;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.JobCd;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
import com.orderdesk.payment.gmo.wire.SearchTradeRequest;
import com.orderdesk.payment.gmo.wire.SearchTradeResponse;
import com.orderdesk.payment.gmo.wire.SecureTran2Request;
import com.orderdesk.payment.gmo.wire.TranResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The GMO-PG credit card adapter: token or stored-card payments (EntryTran + ExecTran), 3-D Secure
 * 2.0 (SecureTran2), capture / void / return / cross-month return (AlterTran), amount changes
 * (ChangeTran) and SearchTrade, plus stored cards and the result notification through the extra
 * flows. Wire facts: {@code shared/providers/gmo-pg.md}; operator rules: seed 001.
 *
 * <p>Decisions where the sources are silent:
 * <ul>
 *   <li>Auth validity: {@value #AUTH_VALIDITY_DAYS} days from the authorization (seed 001:
 *       「データ保持期間は60日間」; the card companies' own limit is not public).</li>
 *   <li>Refunds: GMO has no partial-refund API. A refund of the whole remaining captured amount is
 *       a cancel (VOID/RETURN/RETURNX by date); a partial refund lowers the sale with ChangeTran
 *       {@code JobCd=CAPTURE} to the remaining amount (GMO re-authorizes and re-captures it).</li>
 *   <li>Amount change on a captured payment: ChangeTran {@code JobCd=CAPTURE} (the fact sheet lists
 *       AUTH/CAPTURE/SALES; CAPTURE keeps the money captured). Seed 001's manual procedure of
 *       cancel + re-auth + capture is what a shop does by hand in its admin screen, not a protocol
 *       requirement.</li>
 *   <li>Transactions older than {@value #OPERABLE_DAYS} days cannot be changed ({@code E11010010}).</li>
 * </ul>
 */
@Component
class GmoPaymentGateway implements PaymentGateway, NotificationReceiver, StoredCards, AuthenticationCompletion {

    static final int AUTH_VALIDITY_DAYS = 60;
    static final int OPERABLE_DAYS = 180;
    static final long MAX_AMOUNT = 9_999_999;

    /** References kept on the payment; AccessPass is a transaction credential, never card data. */
    static final String ACCESS_ID = "AccessID";
    static final String ACCESS_PASS = "AccessPass";
    static final String JOB_CD = "JobCd";

    private static final String OPTION_TDS2 = "tds2Enabled";
    private static final String INSTRUMENT_TOKEN = "token";
    private static final String INSTRUMENT_STORED_CARD = "storedCard";
    /** GMO answers SearchTrade for an OrderID it never saw with "no such transaction". */
    private static final String NO_SUCH_TRANSACTION = "E01110002";
    private static final String ORDER_ID_EXISTS = "E01040010";

    private static final GatewayCapabilities CAPABILITIES = new GatewayCapabilities(true, false, true, true, true,
            true, EnumSet.of(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED), AUTH_VALIDITY_DAYS, 1, MAX_AMOUNT,
            Set.of(), true);

    private final GmoClient client;
    private final GmoCardVault cards;
    private final GmoNotificationParser notifications;
    private final Clock clock;

    GmoPaymentGateway(GmoClient client, GmoNotificationParser notifications, Clock clock) {
        this.client = client;
        this.cards = new GmoCardVault(client);
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public ProviderCode providerCode() {
        return ProviderCode.GMO_PG;
    }

    @Override
    public GatewayCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = request.captureImmediately() ? OperationKind.AUTHORIZE_AND_CAPTURE : OperationKind.AUTHORIZE;
        if (!request.instrument().containsKey(INSTRUMENT_TOKEN) && !request.instrument().containsKey(INSTRUMENT_STORED_CARD)) {
            return GatewayResult.failed(kind, null, "GMO-PG needs a card token or a stored card to pay with");
        }
        if (request.instrument().containsKey(INSTRUMENT_STORED_CARD) && request.customer().providerCustomerId() == null) {
            return GatewayResult.failed(kind, null, "a stored card needs the customer's GMO-PG member id");
        }
        ProviderSettings settings = request.settings();
        JobCd jobCd = request.captureImmediately() ? JobCd.CAPTURE : JobCd.AUTH;
        boolean tds2 = settings.flag(OPTION_TDS2);
        return GmoOutcomes.guard(kind, () -> {
            GmoReply entry = client.send(settings.baseUrl(), new EntryTranRequest(GmoAccount.shop(settings),
                    request.providerOrderId(), jobCd, request.amount(), tds2 ? 2 : 0));
            if (entry.hasErrorInfo(ORDER_ID_EXISTS)) {
                return resumeEntered(request, kind, jobCd);
            }
            if (entry.failed()) {
                return GmoOutcomes.ofErrors(kind, entry);
            }
            EntryTranResponse handles = EntryTranResponse.from(entry);
            return execute(request, kind, jobCd, handles.accessId(), handles.accessPass());
        });
    }

    /**
     * EntryTran said the OrderID exists: an earlier attempt of this same operation reached GMO (a
     * retried EntryTran after a lost answer, or the core retrying an UNKNOWN authorize). SearchTrade
     * tells whether it still needs ExecTran or is already done, so nothing is charged twice.
     */
    private GatewayResult resumeEntered(GatewayAuthorizeRequest request, OperationKind kind, JobCd jobCd) {
        GmoReply search = client.send(request.settings().baseUrl(),
                new SearchTradeRequest(GmoAccount.shop(request.settings()), request.providerOrderId()));
        if (search.failed()) {
            return GmoOutcomes.ofErrors(kind, search);
        }
        SearchTradeResponse trade = SearchTradeResponse.from(search);
        if ("UNPROCESSED".equals(trade.status()) && trade.accessId() != null && trade.accessPass() != null) {
            return execute(request, kind, jobCd, trade.accessId(), trade.accessPass());
        }
        PaymentStatus status = GmoStatusMapper.status(trade.status());
        if (status == PaymentStatus.AUTHORIZED || status == PaymentStatus.CAPTURED) {
            Map<String, String> references = references(trade.accessId(), trade.accessPass(), jobCd, trade.tranId(),
                    trade.approve(), trade.forward());
            return GatewayResult.succeeded(kind, status, trade.status(), references)
                    .withAuthorizedUntil(status == PaymentStatus.AUTHORIZED ? authorizedUntil() : null);
        }
        return GatewayResult.failed(kind, "E01/" + ORDER_ID_EXISTS, "GMO-PG already has OrderID "
                + request.providerOrderId() + " in status " + trade.status() + "; start a new payment attempt");
    }

    private GatewayResult execute(GatewayAuthorizeRequest request, OperationKind kind, JobCd jobCd, String accessId,
            String accessPass) {
        ProviderSettings settings = request.settings();
        String retUrl = settings.flag(OPTION_TDS2) ? request.returnUrl() : null;
        String storedCard = request.instrument().get(INSTRUMENT_STORED_CARD);
        ExecTranRequest exec = storedCard != null
                ? ExecTranRequest.withStoredCard(accessId, accessPass, request.providerOrderId(), GmoAccount.site(settings),
                        request.customer().providerCustomerId(), storedCard, retUrl)
                : ExecTranRequest.withToken(accessId, accessPass, request.providerOrderId(),
                        request.instrument().get(INSTRUMENT_TOKEN), retUrl);
        GmoReply reply = client.send(settings.baseUrl(), exec);
        if (reply.failed()) {
            return GmoOutcomes.ofErrors(kind, reply);
        }
        ExecTranResponse answer = ExecTranResponse.from(reply);
        Map<String, String> references = references(accessId, accessPass, jobCd, answer.tranId(), answer.approve(),
                answer.forward());
        if (answer.challengeRequired()) {
            return new GatewayResult(GatewayOutcome.PENDING, kind, PaymentStatus.PENDING, "AUTHENTICATED", references,
                    new NextAction(NextAction.Type.REDIRECT, answer.challengeUrl(), Map.of(), null), null, null, null);
        }
        return authorized(kind, jobCd, references);
    }

    @Override
    public GatewayResult completeAuthentication(GatewayPaymentState payment, Map<String, String> returnParameters,
            ProviderSettings settings) {
        OperationKind kind = OperationKind.COMPLETE_AUTHENTICATION;
        return GmoOutcomes.guard(kind, () -> {
            String accessId = payment.reference(ACCESS_ID);
            String accessPass = payment.reference(ACCESS_PASS);
            GmoReply reply = client.send(settings.baseUrl(), new SecureTran2Request(accessId, accessPass));
            if (reply.failed()) {
                return GmoOutcomes.ofErrors(kind, reply);
            }
            TranResponse answer = TranResponse.from(reply);
            JobCd jobCd = JobCd.valueOf(payment.references().getOrDefault(JOB_CD, JobCd.AUTH.name()));
            return authorized(kind, jobCd, references(accessId, accessPass, jobCd, answer.tranId(), answer.approve(),
                    answer.forward()));
        });
    }

    private GatewayResult authorized(OperationKind kind, JobCd jobCd, Map<String, String> references) {
        if (jobCd == JobCd.CAPTURE) {
            return GatewayResult.succeeded(kind, PaymentStatus.CAPTURED, JobCd.CAPTURE.name(), references);
        }
        return GatewayResult.succeeded(kind, PaymentStatus.AUTHORIZED, JobCd.AUTH.name(), references)
                .withAuthorizedUntil(authorizedUntil());
    }

    /** GMO does not say; {@value #AUTH_VALIDITY_DAYS} days from now is the documented assumption. */
    private Instant authorizedUntil() {
        return clock.instant().plus(Duration.ofDays(AUTH_VALIDITY_DAYS));
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
        if (newAmount == payment.amount()) {
            return new AmountChangePlan(AmountChangePlan.Strategy.UNCHANGED, List.of(), null);
        }
        if (newAmount < 1 || newAmount > MAX_AMOUNT) {
            return AmountChangePlan.notPossible("GMO-PG takes amounts from 1 to " + yen(MAX_AMOUNT));
        }
        if (payment.status() != PaymentStatus.AUTHORIZED && payment.status() != PaymentStatus.CAPTURED) {
            return AmountChangePlan.notPossible("GMO-PG changes amounts only of authorized or captured payments (this one is "
                    + payment.status() + ")");
        }
        Instant now = clock.instant();
        if (payment.authorizedAt() != null && payment.authorizedAt().plus(Duration.ofDays(OPERABLE_DAYS)).isBefore(now)) {
            return AmountChangePlan.notPossible("GMO-PG refuses changes to transactions older than " + OPERABLE_DAYS
                    + " days (E11010010)");
        }
        if (payment.status() == PaymentStatus.AUTHORIZED) {
            if (payment.authorizedAt() != null
                    && payment.authorizedAt().plus(Duration.ofDays(AUTH_VALIDITY_DAYS)).isBefore(now)) {
                return AmountChangePlan.notPossible("the " + AUTH_VALIDITY_DAYS + "-day authorization window has passed");
            }
            return new AmountChangePlan(AmountChangePlan.Strategy.CHANGE_IN_PLACE,
                    List.of("ChangeTran JobCd=AUTH " + yen(newAmount)
                            + " (GMO-PG re-authorizes the new amount; the payment stays 仮売上)"), null);
        }
        return new AmountChangePlan(AmountChangePlan.Strategy.CHANGE_IN_PLACE,
                List.of("ChangeTran JobCd=CAPTURE " + yen(newAmount)
                        + " (GMO-PG re-authorizes and captures the new amount in place of the old sale)"), null);
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
                throw GmoOutcomes.unavailable("SearchTrade answered " + reply.errorMessage());
            }
            trade = SearchTradeResponse.from(reply);
        }
        catch (GmoTransportFailure | MalformedGmoReply e) {
            throw GmoOutcomes.unavailable(e.getMessage());
        }
        Map<String, String> references = new HashMap<>();
        putIfPresent(references, ACCESS_ID, trade.accessId());
        putIfPresent(references, ACCESS_PASS, trade.accessPass());
        putIfPresent(references, "TranID", trade.tranId());
        putIfPresent(references, "Approve", trade.approve());
        putIfPresent(references, "Forward", trade.forward());
        return new GatewayStatusResult(true, GmoStatusMapper.status(trade.status()), trade.status(), trade.amount(), null,
                references, GmoStatusMapper.lastOperation(trade.status()));
    }

    private GatewayResult alter(GatewayOperationRequest request, JobCd jobCd, @Nullable Long amount, OperationKind kind,
            PaymentStatus after) {
        GatewayPaymentState payment = request.payment();
        ProviderSettings settings = request.settings();
        return GmoOutcomes.guard(kind, () -> {
            GmoReply reply = client.send(settings.baseUrl(), new AlterTranRequest(GmoAccount.shop(settings),
                    payment.reference(ACCESS_ID), payment.reference(ACCESS_PASS), jobCd, amount));
            return transacted(reply, kind, jobCd, after);
        });
    }

    private GatewayResult change(GatewayOperationRequest request, JobCd jobCd, long amount, OperationKind kind,
            PaymentStatus after) {
        GatewayPaymentState payment = request.payment();
        ProviderSettings settings = request.settings();
        return GmoOutcomes.guard(kind, () -> {
            GmoReply reply = client.send(settings.baseUrl(), new ChangeTranRequest(GmoAccount.shop(settings),
                    payment.reference(ACCESS_ID), payment.reference(ACCESS_PASS), jobCd, amount));
            return transacted(reply, kind, jobCd, after);
        });
    }

    private static GatewayResult transacted(GmoReply reply, OperationKind kind, JobCd jobCd, PaymentStatus after) {
        if (reply.failed()) {
            return GmoOutcomes.ofErrors(kind, reply);
        }
        TranResponse answer = TranResponse.from(reply);
        Map<String, String> references = new HashMap<>();
        references.put(JOB_CD, jobCd.name());
        putIfPresent(references, "TranID", answer.tranId());
        putIfPresent(references, "Approve", answer.approve());
        putIfPresent(references, "Forward", answer.forward());
        return GatewayResult.succeeded(kind, after, jobCd.name(), references);
    }

    private static Map<String, String> references(@Nullable String accessId, @Nullable String accessPass, JobCd jobCd,
            @Nullable String tranId, @Nullable String approve, @Nullable String forward) {
        Map<String, String> references = new HashMap<>();
        putIfPresent(references, ACCESS_ID, accessId);
        putIfPresent(references, ACCESS_PASS, accessPass);
        references.put(JOB_CD, jobCd.name());
        putIfPresent(references, "TranID", tranId);
        putIfPresent(references, "Approve", approve);
        putIfPresent(references, "Forward", forward);
        return references;
    }

    private static void putIfPresent(Map<String, String> references, String key, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            references.put(key, value);
        }
    }

    static String yen(long amount) {
        return String.format("%,d円", amount);
    }

    @Override
    public ParsedNotification parse(InboundNotification notification, ProviderSettings settings) {
        return notifications.parse(notification, settings).toParsed();
    }

    @Override
    public Acknowledgement acknowledgement(boolean accepted) {
        return GmoNotificationParser.acknowledgement(accepted);
    }

    @Override
    public List<StoredCard> list(String providerCustomerId, ProviderSettings settings) {
        return cards.list(providerCustomerId, settings);
    }

    @Override
    public StoredCard store(String providerCustomerId, String customerName, String token, ProviderSettings settings) {
        return cards.store(providerCustomerId, customerName, token, null, settings);
    }

    /** {@link #store} with the holder name the operator typed (GMO prints it on nothing; it helps tell cards apart). */
    StoredCard store(String providerCustomerId, String customerName, String token, @Nullable String holderName,
            ProviderSettings settings) {
        return cards.store(providerCustomerId, customerName, token, holderName, settings);
    }

    @Override
    public void delete(String providerCustomerId, String cardId, ProviderSettings settings) {
        cards.delete(providerCustomerId, cardId, settings);
    }
}
