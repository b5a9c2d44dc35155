package com.orderdesk.payment.dsk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.payment.gateway.RequestNotSendable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The DSK adapter against WireMock speaking DSK's Shift_JIS key=value replies; no Spring context. */
class DskPaymentGatewayTests {

    private static final String ORDER = "/paperless/order";
    private static final String CANCEL = "/paperless/cancel";
    private static final String SELECTION_URL = "https://kessai.example/select?dskid=20261123000001&sig=x=y";

    private final WireMockServer dsk = new WireMockServer(wireMockConfig().dynamicPort());
    private final DskPaymentGateway gateway = new DskPaymentGateway(DskFixtures.client(),
            // 16:30 UTC on the 23rd is already the 24th in Japan, where DSK's dates are.
            Clock.fixed(Instant.parse("2026-11-23T16:30:00Z"), ZoneOffset.UTC));
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        dsk.start();
        settings = DskFixtures.settings(dsk.baseUrl());
    }

    @AfterEach
    void stop() {
        dsk.stop();
    }

    private void reply(String path, String body) {
        dsk.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=Shift_JIS").withBody(body.getBytes(DskForm.CHARSET))));
    }

    private GatewayResult register(long amount) {
        return gateway.authorize(DskFixtures.authorize(settings, amount, Map.of()));
    }

    @Nested
    class Registration {

        @Test
        void registersAndHandsTheShopperTheSelectionUrl() {
            reply(ORDER, "result=0&dskid=20261123000001&url=" + SELECTION_URL + "&message=");

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
            assertThat(result.status()).isEqualTo(PaymentStatus.PENDING);
            assertThat(result.providerStatus()).isEqualTo("未入金");
            assertThat(result.references()).containsEntry("dskid", "20261123000001").containsEntry("orderid", "OD-001001-1")
                    .containsEntry("url", SELECTION_URL).containsEntry("expire", "20261201");
            NextAction action = result.nextAction();
            assertThat(action.type()).isEqualTo(NextAction.Type.PAYMENT_PAGE);
            assertThat(action.url()).isEqualTo(SELECTION_URL);
            assertThat(action.data()).containsEntry("dskId", "20261123000001").doesNotContainKey("receiptNo");
            assertThat(action.expiresAt()).as("the end of the deadline day in Japan")
                    .isEqualTo(DskFixtures.japan("2026-12-02T00:00:00"));
            assertThat(action.expiresOn()).as("the payment due date as DSK's expire names it")
                    .isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        }

        @Test
        void aValueDsksCharsetCannotCarryIsRefusedNamingTheFieldAndNothingIsSent() {
            var template = DskFixtures.authorize(settings, 1500, Map.of());
            var customer = new com.orderdesk.payment.gateway.GatewayCustomer(template.customer().name(), null,
                    "hanako😀@example.jp", "03-1234-5678", null, null, "1500001", "東京都", "渋谷区", "神宮前1-1-1", null, null);
            var request = new com.orderdesk.payment.gateway.GatewayAuthorizeRequest(template.paymentId(),
                    template.operationId(), template.orderNumber(), template.providerOrderId(), 1500, false, customer,
                    template.invoice(), Map.of(), null, settings);

            assertThatThrownBy(() -> gateway.authorize(request))
                    .isInstanceOfSatisfying(RequestNotSendable.class, refused -> assertThat(refused.errors())
                            .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("customer.email")));
            dsk.verify(0, postRequestedFor(urlEqualTo(ORDER)));
        }

        @Test
        void sendsTheShiftJisFormWithJisOnlyNamesAndNormalisedPhone() {
            reply(ORDER, "result=0&dskid=1&url=u&message=");

            register(1500);

            String body = new String(dsk.getAllServeEvents().getFirst().getRequest().getBody(), DskForm.CHARSET);
            assertThat(DskForm.decode(body.getBytes(DskForm.CHARSET))).containsEntry("tenantid", DskFixtures.TENANT)
                    .containsEntry("orderid", "OD-001001-1").containsEntry("amount", "1500")
                    .containsEntry("expire", "20261201").containsEntry("customername1", "橋")
                    .containsEntry("customername2", "花子").containsEntry("customertel", "03-1234-5678")
                    .containsEntry("mail", "hanako@example.jp").doesNotContainKey("conveni");
            // 花子 in Shift_JIS, percent-encoded: proof the body is not UTF-8.
            assertThat(body).contains("customername2=%89%D4%8E%71");
        }

        @Test
        void deadlineDaysComeFromThePaymentMethodOption() {
            reply(ORDER, "result=0&dskid=1&url=u&message=");

            GatewayResult result = gateway.authorize(DskFixtures.authorize(settings, 1500, Map.of("paymentDeadlineDays", "3")));

            assertThat(result.references()).containsEntry("expire", "20261127");
            dsk.verify(postRequestedFor(urlEqualTo(ORDER)).withRequestBody(containing("expire=20261127")));
        }

        @Test
        void nonsenseDeadlineFailsWithoutCallingDsk() {
            GatewayResult result = gateway.authorize(DskFixtures.authorize(settings, 1500, Map.of("paymentDeadlineDays", "x")));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorMessage()).contains("paymentDeadlineDays");
            assertThat(dsk.getAllServeEvents()).isEmpty();
        }

        @Test
        void amountOverTheStoreLimitFailsWithoutCallingDsk() {
            assertThat(register(300_000).outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(dsk.getAllServeEvents()).isEmpty();
        }

        @Test
        void duplicateOrderIdGivesTheExistingRegistrationBack() {
            reply(ORDER, "result=-3&dskid=20261123000001&url=" + SELECTION_URL + "&message=登録済み");

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
            assertThat(result.references()).containsEntry("dskid", "20261123000001").containsEntry("url", SELECTION_URL);
            assertThat(result.nextAction().url()).isEqualTo(SELECTION_URL);
        }

        @Test
        void badParametersFail() {
            reply(ORDER, "result=-1&message=金額不正");

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorCode()).isEqualTo("-1");
            assertThat(result.errorMessage()).contains("設定値の異常").contains("金額不正");
        }

        @Test
        void storeSystemErrorFails() {
            reply(ORDER, "result=-2&message=");

            assertThat(register(1500)).extracting(GatewayResult::outcome, GatewayResult::errorCode)
                    .containsExactly(GatewayOutcome.FAILED, "-2");
        }

        @Test
        void unexpectedDskErrorIsUnknown() {
            reply(ORDER, "result=-99&message=");

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.errorCode()).isEqualTo("-99");
        }

        @Test
        void timeoutIsUnknownAfterARetry() {
            dsk.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withFixedDelay(1500).withBody("result=0")));

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.operationKind()).isEqualTo(OperationKind.AUTHORIZE);
            dsk.verify(2, postRequestedFor(urlEqualTo(ORDER)));
        }

        @Test
        void lostReplyIsRetriedAndTheDuplicateAnswerCompletesIt() {
            dsk.stubFor(post(urlEqualTo(ORDER)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("sent"));
            dsk.stubFor(post(urlEqualTo(ORDER)).inScenario("retry").whenScenarioStateIs("sent")
                    .willReturn(aResponse().withBody("result=-3&dskid=77&url=" + SELECTION_URL + "&message=")));

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
            assertThat(result.references()).containsEntry("dskid", "77");
        }

        @Test
        void connectionResetIsUnknown() {
            dsk.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(register(1500).outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        }

        @Test
        void malformedReplyIsUnknown() {
            dsk.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withBody("<html>maintenance</html>")));

            GatewayResult result = register(1500);

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.errorMessage()).doesNotContain("maintenance");
        }

        @Test
        void serverErrorIsUnknown() {
            dsk.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(503)));

            assertThat(register(1500).outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        }

        @Test
        void refusedConnectionIsProviderUnavailable() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            settings = DskFixtures.settings("http://127.0.0.1:" + closedPort);

            assertThatThrownBy(() -> register(1500)).isInstanceOf(ProviderUnavailable.class)
                    .hasMessageNotContaining(DskFixtures.PASSWORD);
        }
    }

    @Nested
    class Cancel {

        @Test
        void cancelsWhileUnpaid() {
            reply(CANCEL, "result=0&message=");

            GatewayResult result = gateway.cancel(DskFixtures.operation(DskFixtures.payment(PaymentStatus.PENDING, 1500),
                    settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(result.providerStatus()).isEqualTo("取消");
            dsk.verify(postRequestedFor(urlEqualTo(CANCEL)).withRequestBody(containing("orderid=OD-001001-1")));
        }

        @Test
        void paidOrderIsRefusedWithTheManualPath() {
            reply(CANCEL, "result=-1&message=入金済み");

            GatewayResult result = gateway.cancel(DskFixtures.operation(DskFixtures.payment(PaymentStatus.PENDING, 1500),
                    settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorCode()).isEqualTo("-1");
            assertThat(result.errorMessage()).contains("refund outside OrderDesk");
        }

        @Test
        void lostCancelReplyIsUnknownAndNotRetried() {
            dsk.stubFor(post(urlEqualTo(CANCEL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            GatewayResult result = gateway.cancel(DskFixtures.operation(DskFixtures.payment(PaymentStatus.PENDING, 1500),
                    settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            dsk.verify(1, postRequestedFor(urlEqualTo(CANCEL)));
        }
    }

    @Nested
    class NoStatusQuery {

        @Test
        void dskHasNoStatusApiSoNothingIsEverAsked() {
            assertThat(gateway.capabilities().statusQuery()).isFalse();
            assertThatThrownBy(() -> gateway.status(new GatewayStatusRequest(DskFixtures.payment(PaymentStatus.PENDING,
                    1500), settings))).isInstanceOf(UnsupportedOperationException.class);
            assertThat(dsk.getAllServeEvents()).isEmpty();
        }

        @Test
        void theManualsWordsStandBesideTheUnifiedStatus() {
            assertThat(gateway.statusWord(PaymentStatus.PENDING)).isEqualTo("未入金");
            assertThat(gateway.statusWord(PaymentStatus.PAID)).isEqualTo("入金済み");
            assertThat(gateway.statusWord(PaymentStatus.AMOUNT_MISMATCH)).isEqualTo("金額不一致");
            assertThat(gateway.statusWord(PaymentStatus.AUTHORIZED)).as("a DSK registration is no 仮売上").isNull();
        }
    }

    @Nested
    class AmountChange {

        @Test
        void unpaidIsCancelledAndReissued() {
            AmountChangePlan plan = gateway.planAmountChange(DskFixtures.payment(PaymentStatus.PENDING, 1500), 1800);

            assertThat(plan.strategy()).isEqualTo(AmountChangePlan.Strategy.CANCEL_AND_REISSUE);
            assertThat(plan.steps()).hasSize(2);
            assertThat(plan.steps().get(0)).contains("DSK cancel orderid OD-001001-1");
            assertThat(plan.steps().get(1)).contains("1,800円").contains("new selection URL");
        }

        @Test
        void paidOrMismatchedCannotChange() {
            for (PaymentStatus status : new PaymentStatus[] {PaymentStatus.PAID, PaymentStatus.AMOUNT_MISMATCH}) {
                AmountChangePlan plan = gateway.planAmountChange(DskFixtures.payment(status, 1500), 1800);

                assertThat(plan.strategy()).isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
                assertThat(plan.reason()).contains("DSK cannot change a paid amount; refund outside OrderDesk and record it");
            }
        }

        @Test
        void sameAmountIsUnchangedAndOverLimitIsNotPossible() {
            assertThat(gateway.planAmountChange(DskFixtures.payment(PaymentStatus.PENDING, 1500), 1500).strategy())
                    .isEqualTo(AmountChangePlan.Strategy.UNCHANGED);
            assertThat(gateway.planAmountChange(DskFixtures.payment(PaymentStatus.PENDING, 1500), 300_000).strategy())
                    .isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
        }

        @Test
        void capabilitiesSayReissueNotChangeAndCancelOnlyWhileUnpaid() {
            var capabilities = gateway.capabilities();

            assertThat(capabilities.amountIncrease()).isFalse();
            assertThat(capabilities.amountDecrease()).isFalse();
            assertThat(capabilities.captureRequired()).isFalse();
            assertThat(capabilities.refunds()).isFalse();
            assertThat(capabilities.cancellableFrom()).containsExactly(PaymentStatus.PENDING);
            assertThat(capabilities.maxAmount()).isEqualTo(299_999);
            assertThat(capabilities.pushNotifications()).isTrue();
        }
    }
}
