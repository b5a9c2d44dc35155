package com.orderdesk.payment.gmo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gmo.wire.EntryTranRequest;
import com.orderdesk.payment.gmo.wire.EntryTranResponse;
import com.orderdesk.payment.gmo.wire.ExecTranRequest;
import com.orderdesk.payment.gmo.wire.ExecTranResponse;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.JobCd;
import com.orderdesk.payment.gmo.wire.SearchTradeRequest;
import com.orderdesk.payment.gmo.wire.SearchTradeResponse;
import com.orderdesk.payment.gmo.wire.SecureTran2Request;
import com.orderdesk.payment.gmo.wire.TranResponse;

/**
 * Starts GMO-PG card payments: EntryTran (JobCd AUTH, or CAPTURE when the shop captures at once)
 * then ExecTran with a one-time token or a stored card, with 3-D Secure 2.0 when the shop option
 * {@value #OPTION_TDS2} is on (a challenge answer becomes a redirect; SecureTran2 finishes it).
 *
 * <p>Auth validity is {@value #AUTH_VALIDITY_DAYS} days from the authorization: GMO does not say
 * in its answers; seed 001 gives 60 days (「データ保持期間は60日間」) and the card companies' own
 * limit is not public.
 */
class GmoAuthorizer {

    static final int AUTH_VALIDITY_DAYS = 60;

    private static final String OPTION_TDS2 = "tds2Enabled";
    private static final String INSTRUMENT_TOKEN = "token";
    private static final String INSTRUMENT_STORED_CARD = "storedCard";
    private static final String ORDER_ID_EXISTS = "E01040010";

    private final GmoClient client;
    private final Clock clock;

    GmoAuthorizer(GmoClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    GatewayResult authorize(GatewayAuthorizeRequest request) {
        OperationKind kind = request.captureImmediately() ? OperationKind.AUTHORIZE_AND_CAPTURE : OperationKind.AUTHORIZE;
        if (!request.instrument().containsKey(INSTRUMENT_TOKEN) && !request.instrument().containsKey(INSTRUMENT_STORED_CARD)) {
            return GatewayResult.failed(kind, null, "GMO-PG needs a card token or a stored card to pay with");
        }
        if (request.instrument().containsKey(INSTRUMENT_STORED_CARD) && request.customer().providerCustomerId() == null) {
            return GatewayResult.failed(kind, null, "a stored card needs the customer's GMO-PG member id");
        }
        ProviderSettings settings = request.settings();
        JobCd jobCd = request.captureImmediately() ? JobCd.CAPTURE : JobCd.AUTH;
        return GmoOutcomes.OUTCOMES.guard(kind, () -> {
            GmoReply entry = client.send(settings.baseUrl(), new EntryTranRequest(GmoAccount.shop(settings),
                    request.providerOrderId(), jobCd, request.amount(), settings.flag(OPTION_TDS2) ? 2 : 0));
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
            Map<String, String> references = GmoReferences.of(trade.accessId(), trade.accessPass(), jobCd,
                    trade.tranId(), trade.approve(), trade.forward());
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
        String memberId = request.customer().providerCustomerId();
        ExecTranRequest exec = storedCard != null && memberId != null
                ? ExecTranRequest.withStoredCard(accessId, accessPass, request.providerOrderId(), GmoAccount.site(settings),
                        memberId, storedCard, retUrl)
                : ExecTranRequest.withToken(accessId, accessPass, request.providerOrderId(),
                        request.instrument().getOrDefault(INSTRUMENT_TOKEN, ""), retUrl);
        GmoReply reply = client.send(settings.baseUrl(), exec);
        if (reply.failed()) {
            return GmoOutcomes.ofErrors(kind, reply);
        }
        ExecTranResponse answer = ExecTranResponse.from(reply);
        Map<String, String> references = GmoReferences.of(accessId, accessPass, jobCd, answer.tranId(),
                answer.approve(), answer.forward());
        if (answer.challengeRequired()) {
            return new GatewayResult(GatewayOutcome.PENDING, kind, PaymentStatus.PENDING, "AUTHENTICATED", references,
                    new NextAction(NextAction.Type.REDIRECT, answer.challengeUrl(), Map.of(), null), null, null, null);
        }
        return authorized(kind, jobCd, references);
    }

    /** After the shopper's 3-D Secure challenge: SecureTran2 with the transaction's handles. */
    GatewayResult completeAuthentication(GatewayPaymentState payment, ProviderSettings settings) {
        OperationKind kind = OperationKind.COMPLETE_AUTHENTICATION;
        if (!GmoReferences.addressable(payment)) {
            return GmoReferences.notAddressable(kind);
        }
        return GmoOutcomes.OUTCOMES.guard(kind, () -> {
            String accessId = payment.reference(GmoReferences.ACCESS_ID);
            String accessPass = payment.reference(GmoReferences.ACCESS_PASS);
            GmoReply reply = client.send(settings.baseUrl(), new SecureTran2Request(accessId, accessPass));
            if (reply.failed()) {
                return GmoOutcomes.ofErrors(kind, reply);
            }
            TranResponse answer = TranResponse.from(reply);
            JobCd jobCd = JobCd.valueOf(payment.references().getOrDefault(GmoReferences.JOB_CD, JobCd.AUTH.name()));
            return authorized(kind, jobCd, GmoReferences.of(accessId, accessPass, jobCd, answer.tranId(),
                    answer.approve(), answer.forward()));
        });
    }

    private GatewayResult authorized(OperationKind kind, JobCd jobCd, Map<String, String> references) {
        if (jobCd == JobCd.CAPTURE) {
            return GatewayResult.succeeded(kind, PaymentStatus.CAPTURED, JobCd.CAPTURE.name(), references);
        }
        return GatewayResult.succeeded(kind, PaymentStatus.AUTHORIZED, JobCd.AUTH.name(), references)
                .withAuthorizedUntil(authorizedUntil());
    }

    private Instant authorizedUntil() {
        return clock.instant().plus(Duration.ofDays(AUTH_VALIDITY_DAYS));
    }
}
