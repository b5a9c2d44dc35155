package com.orderdesk.payment.gmo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.orderdesk.payment.gmo.GmoFixtures.ACCESS_ID;
import static com.orderdesk.payment.gmo.GmoFixtures.ACCESS_PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The GMO-PG adapter against WireMock speaking GMO's key=value protocol; no Spring context. */
class GmoPaymentGatewayTests {

    private static final String ENTRY = "/payment/EntryTran.idPass";
    private static final String EXEC = "/payment/ExecTran.idPass";
    private static final String ALTER = "/payment/AlterTran.idPass";
    private static final String CHANGE = "/payment/ChangeTran.idPass";
    private static final String SEARCH = "/payment/SearchTrade.idPass";
    private static final String SECURE = "/payment/SecureTran2.idPass";
    private static final String EXEC_OK = "ACS=0&OrderID=OD-1001-1&Forward=2a99662&Method=1&PayTimes=&Approve=6543210"
            + "&TranID=2411231200111111111111111111&TranDate=20261123120000&CheckString=0123456789abcdef0123456789abcdef"
            + "&ClientField1=&ClientField2=&ClientField3=";
    private static final String TRAN_OK = "AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS
            + "&Forward=2a99662&Approve=7654321&TranID=2411231300222222222222222222&TranDate=20261123130000";

    private final WireMockServer gmo = new WireMockServer(wireMockConfig().dynamicPort());
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        gmo.start();
        settings = GmoFixtures.settings(gmo.baseUrl());
    }

    @AfterEach
    void stop() {
        gmo.stop();
    }

    private GmoPaymentGateway gateway(Clock clock) {
        return new GmoPaymentGateway(GmoFixtures.client(), clock);
    }

    private GmoPaymentGateway gateway() {
        return gateway(GmoFixtures.clockAt("2026-11-23T12:00:00"));
    }

    private void stub(String path, String body) {
        gmo.stubFor(post(urlEqualTo(path)).willReturn(ok(body).withHeader("Content-Type", "text/plain;charset=Windows-31J")));
    }

    private void entered() {
        stub(ENTRY, "AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS);
    }

    @Nested
    class Authorize {

        @Test
        void tokenAuthorizationIsEntryTranThenExecTranAndValidFor60Days() {
            entered();
            stub(EXEC, EXEC_OK);

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "tok-1"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.operationKind()).isEqualTo(OperationKind.AUTHORIZE);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(result.providerStatus()).isEqualTo("AUTH");
            assertThat(result.references()).containsEntry("AccessID", ACCESS_ID).containsEntry("AccessPass", ACCESS_PASS)
                    .containsEntry("TranID", "2411231200111111111111111111").containsEntry("Approve", "6543210")
                    .containsEntry("Forward", "2a99662");
            assertThat(result.authorizedUntil()).isEqualTo(GmoFixtures.japan("2027-01-22T12:00:00"));
            gmo.verify(postRequestedFor(urlEqualTo(ENTRY))
                    .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                    .withRequestBody(equalTo("ShopID=tshop00000001&ShopPass=sandboxpass&OrderID=OD-1001-1&JobCd=AUTH"
                            + "&Amount=1500&TdFlag=0")));
            gmo.verify(postRequestedFor(urlEqualTo(EXEC)).withRequestBody(equalTo("AccessID=" + ACCESS_ID
                    + "&AccessPass=" + ACCESS_PASS + "&OrderID=OD-1001-1&Method=1&Token=tok-1")));
        }

        @Test
        void captureImmediatelyEntersJobCdCapture() {
            entered();
            stub(EXEC, EXEC_OK);

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, true, Map.of("token", "tok-1"), null));

            assertThat(result.operationKind()).isEqualTo(OperationKind.AUTHORIZE_AND_CAPTURE);
            assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(result.authorizedUntil()).isNull();
            gmo.verify(postRequestedFor(urlEqualTo(ENTRY)).withRequestBody(containing("JobCd=CAPTURE")));
        }

        @Test
        void storedCardPaysWithSiteMemberAndCardSeq() {
            entered();
            stub(EXEC, EXEC_OK);
            String member = "2f1c6a0e-8d1b-4e57-9b35-0c8e1d2f3a4b";

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("storedCard", "1"),
                    member));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            gmo.verify(postRequestedFor(urlEqualTo(EXEC)).withRequestBody(containing("SiteID=tsite00000001"
                    + "&SitePass=sandboxsitepass&MemberID=" + member + "&CardSeq=1"))
                    .withRequestBody(notContaining("Token=")));
        }

        @Test
        void withoutTokenOrStoredCardNothingIsSent() {
            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of(), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(gmo.getAllServeEvents()).isEmpty();
        }

        @Test
        void issuerDeclineIsDeclinedWithReadableMessage() {
            entered();
            stub(EXEC, "ErrCode=42G&ErrInfo=42G020000");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorCode()).isEqualTo("42G/42G020000");
            assertThat(result.errorMessage()).contains("42G020000").contains("残高不足").contains("insufficient balance");
        }

        @Test
        void usedTokenIsDeclined() {
            entered();
            stub(EXEC, "ErrCode=EX1&ErrInfo=EX1000301");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorMessage()).contains("EX1000301");
        }

        @Test
        void pipeListedInputErrorsFailNamingEveryCode() {
            stub(ENTRY, "ErrCode=E01|E01|E01&ErrInfo=E01040013|E01060005|E01999999");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorCode()).isEqualTo("E01|E01|E01/E01040013|E01060005|E01999999");
            assertThat(result.errorMessage()).contains("E01040013").contains("invalid characters in OrderID")
                    .contains("E01060005").contains("E01999999: 入力パラメータエラー (invalid input)");
            assertThat(gmo.findAll(postRequestedFor(urlEqualTo(EXEC)))).isEmpty();
        }

        @Test
        void orderIdAlreadyEnteredButNotExecutedResumesWithTheExistingHandles() {
            stub(ENTRY, "ErrCode=E01&ErrInfo=E01040010");
            stub(SEARCH, "OrderID=OD-1001-1&Status=UNPROCESSED&JobCd=AUTH&AccessID=" + ACCESS_ID + "&AccessPass="
                    + ACCESS_PASS + "&Amount=1500&Tax=0&TranID=&Approve=&Forward=");
            stub(EXEC, EXEC_OK);

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            gmo.verify(1, postRequestedFor(urlEqualTo(EXEC)).withRequestBody(containing("AccessID=" + ACCESS_ID)));
        }

        @Test
        void orderIdAlreadyAuthorizedIsReportedWithoutChargingAgain() {
            stub(ENTRY, "ErrCode=E01&ErrInfo=E01040010");
            stub(SEARCH, "OrderID=OD-1001-1&Status=AUTH&JobCd=AUTH&AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS
                    + "&Amount=1500&Tax=0&TranID=2411231200111111111111111111&Approve=6543210&Forward=2a99662");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(result.references()).containsEntry("AccessID", ACCESS_ID);
            assertThat(gmo.findAll(postRequestedFor(urlEqualTo(EXEC)))).isEmpty();
        }

        @Test
        void entryTranIsRetriedAfterAResetAndItsRefusalProvesTheFirstAttempt() {
            gmo.stubFor(post(urlEqualTo(ENTRY)).inScenario("lost").whenScenarioStateIs("Started")
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("retried"));
            gmo.stubFor(post(urlEqualTo(ENTRY)).inScenario("lost").whenScenarioStateIs("retried")
                    .willReturn(ok("ErrCode=E01&ErrInfo=E01040010")));
            stub(SEARCH, "OrderID=OD-1001-1&Status=UNPROCESSED&JobCd=AUTH&AccessID=" + ACCESS_ID + "&AccessPass="
                    + ACCESS_PASS + "&Amount=1500");
            stub(EXEC, EXEC_OK);

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            gmo.verify(2, postRequestedFor(urlEqualTo(ENTRY)));
            gmo.verify(1, postRequestedFor(urlEqualTo(EXEC)));
        }

        @Test
        void execTranIsNeverRetriedAndAResetIsUnknown() {
            entered();
            gmo.stubFor(post(urlEqualTo(EXEC)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.errorMessage()).contains("SearchTrade");
            gmo.verify(1, postRequestedFor(urlEqualTo(EXEC)));
        }

        @Test
        void answerAfterTheReadTimeoutIsUnknown() {
            entered();
            gmo.stubFor(post(urlEqualTo(EXEC)).willReturn(ok(EXEC_OK).withFixedDelay(5000)));

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        }

        @Test
        void malformedBodyIsUnknown() {
            entered();
            stub(EXEC, "<html><body>502 Bad Gateway</body></html>");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.errorMessage()).doesNotContain("html");
        }

        @Test
        void answerWithoutTranIdIsUnknown() {
            entered();
            stub(EXEC, "ACS=0&OrderID=OD-1001-1");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        }

        @Test
        void serverErrorIsUnknown() {
            entered();
            gmo.stubFor(post(urlEqualTo(EXEC)).willReturn(aResponse().withStatus(503).withBody("busy")));

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        }

        @Test
        void gmoSystemErrorAndDoubleSubmissionAreUnknown() {
            entered();
            stub(EXEC, "ErrCode=E91&ErrInfo=E91099999");
            assertThat(gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null)).outcome())
                    .isEqualTo(GatewayOutcome.UNKNOWN);

            stub(EXEC, "ErrCode=E90&ErrInfo=E90010001");
            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));
            assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
            assertThat(result.errorCode()).isEqualTo("E90/E90010001");
        }

        @Test
        void rateLimitIsProviderUnavailable() {
            stub(ENTRY, "ErrCode=E92&ErrInfo=E92000001");

            assertThatThrownBy(() -> gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null)))
                    .isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void refusedConnectionIsProviderUnavailable() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            ProviderSettings nowhere = GmoFixtures.settings("http://127.0.0.1:" + closedPort);

            assertThatThrownBy(() -> gateway().authorize(GmoFixtures.authorize(nowhere, false, Map.of("token", "t"), null)))
                    .isInstanceOf(ProviderUnavailable.class)
                    .satisfies(e -> assertThat(((ProviderUnavailable) e).status()).isEqualTo(503));
        }

        @Test
        void unknownHostIsProviderUnavailable() {
            ProviderSettings nowhere = GmoFixtures.settings("http://gmo-pg.invalid");

            assertThatThrownBy(() -> gateway().authorize(GmoFixtures.authorize(nowhere, false, Map.of("token", "t"), null)))
                    .isInstanceOf(ProviderUnavailable.class);
        }

        @Test
        void httpClientErrorWithoutGmoBodyFails() {
            gmo.stubFor(post(urlEqualTo(ENTRY)).willReturn(aResponse().withStatus(404).withBody("<h1>Not Found</h1>")));

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorMessage()).contains("HTTP 404");
        }

        @Test
        void callsAfterShutdownAreNotSent() {
            ProviderHttpClient http = GmoFixtures.http(CircuitBreakerRegistry.ofDefaults());
            GmoPaymentGateway gateway = new GmoPaymentGateway(new GmoClient(http),
                    Clock.systemUTC());
            http.close();

            assertThatThrownBy(() -> gateway.authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null)))
                    .isInstanceOf(ProviderUnavailable.class);
            assertThat(gmo.getAllServeEvents()).isEmpty();
        }

        @Test
        void openCircuitIsProviderUnavailableWithoutCalling() {
            CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                    .minimumNumberOfCalls(2).slidingWindowSize(2).failureRateThreshold(50)
                    .waitDurationInOpenState(Duration.ofMinutes(1)).build());
            GmoPaymentGateway gateway = new GmoPaymentGateway(GmoFixtures.client(breakers),
                    Clock.systemUTC());
            gmo.stubFor(post(urlEqualTo(ENTRY)).willReturn(aResponse().withStatus(500)));
            gateway.authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null));
            int callsBefore = gmo.getAllServeEvents().size();

            assertThatThrownBy(() -> gateway.authorize(GmoFixtures.authorize(settings, false, Map.of("token", "t"), null)))
                    .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("circuit");
            assertThat(gmo.getAllServeEvents()).hasSize(callsBefore);
        }
    }

    @Nested
    class ThreeDSecure {

        @Test
        void challengeIsPendingWithRedirect() {
            entered();
            // GMO writes the URL raw and last (gmo-pg.md, recorded replies), '&' and '=' included.
            stub(EXEC, "ACS=2&OrderID=OD-1001-1&RedirectUrl=https://acs.example/challenge?id=1&t=x");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings(), false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
            assertThat(result.status()).isEqualTo(PaymentStatus.PENDING);
            assertThat(result.nextAction().type()).isEqualTo(NextAction.Type.REDIRECT);
            assertThat(result.nextAction().url()).isEqualTo("https://acs.example/challenge?id=1&t=x");
            gmo.verify(postRequestedFor(urlEqualTo(ENTRY)).withRequestBody(containing("TdFlag=2")));
            gmo.verify(postRequestedFor(urlEqualTo(EXEC))
                    .withRequestBody(containing("RetUrl=https%3A%2F%2Fshop.example.jp%2F3ds%2Freturn")));
        }

        @Test
        void tds2ChallengeAnswerIsPendingToo() {
            entered();
            // The order of the 3DS2 challenge fields is not public (gmo-pg.md); the adapter reads the URL as the last one.
            stub(EXEC, "OrderID=OD-1001-1&Tds2TransResult=C&Approve=&Tds2ChallengeUrl=https://acs.example/c");

            GatewayResult result = gateway().authorize(GmoFixtures.authorize(settings(), false, Map.of("token", "t"), null));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
            assertThat(result.nextAction().url()).isEqualTo("https://acs.example/c");
        }

        @Test
        void completionCallsSecureTran2() {
            stub(SECURE, "OrderID=OD-1001-1&Forward=2a99662&Method=1&PayTimes=&Approve=1112223"
                    + "&TranID=2411231200333333333333333333&TranDate=20261123120500&CheckString=abc");
            GatewayPaymentState pending = GmoFixtures.payment(PaymentStatus.PENDING, 1500, null, null);

            GatewayResult result = gateway().completeAuthentication(pending, Map.of(), settings());

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(result.references()).containsEntry("Approve", "1112223");
            gmo.verify(postRequestedFor(urlEqualTo(SECURE))
                    .withRequestBody(equalTo("AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS)));
        }

        @Test
        void failedAuthenticationIsDeclined() {
            stub(SECURE, "ErrCode=E21&ErrInfo=E21010001");

            GatewayResult result = gateway().completeAuthentication(
                    GmoFixtures.payment(PaymentStatus.PENDING, 1500, null, null), Map.of(), settings());

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorMessage()).contains("3-D Secure authentication failed");
        }

        private ProviderSettings settings() {
            return GmoFixtures.settings(gmo.baseUrl(), Map.of("tds2Enabled", "true"));
        }
    }

    @Nested
    class CaptureCancelRefund {

        private final Instant authorizedAt = GmoFixtures.japan("2026-11-10T10:00:00");

        @Test
        void captureIsAlterTranSalesWithTheAuthorizedAmount() {
            stub(ALTER, TRAN_OK);

            GatewayResult result = gateway().capture(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1500, settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(result.providerStatus()).isEqualTo("SALES");
            gmo.verify(postRequestedFor(urlEqualTo(ALTER)).withRequestBody(equalTo("ShopID=tshop00000001"
                    + "&ShopPass=sandboxpass&AccessID=" + ACCESS_ID + "&AccessPass=" + ACCESS_PASS
                    + "&JobCd=SALES&Amount=1500")));
        }

        @Test
        void captureOfAnotherAmountIsRefusedBeforeCalling() {
            GatewayResult result = gateway().capture(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1000, settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorMessage()).contains("1,500円");
            assertThat(gmo.getAllServeEvents()).isEmpty();
        }

        @Test
        void paymentThatNeverReachedGmoFailsWithoutCalling() {
            GatewayPaymentState unentered = new GatewayPaymentState(UUID.randomUUID(), "OD-1001", "OD-1001-1",
                    PaymentStatus.AUTHORIZED, null, 1500, 0, 0, authorizedAt, null, Map.of());

            GatewayResult result = gateway().cancel(GmoFixtures.operation(unentered, 1500, settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorMessage()).contains("AccessID");
            assertThat(gmo.getAllServeEvents()).isEmpty();
        }

        @Test
        void stateErrorOnCaptureFails() {
            stub(ALTER, "ErrCode=E11&ErrInfo=E11010003");

            GatewayResult result = gateway().capture(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1500, settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(result.errorMessage()).contains("E11010003");
        }

        @Test
        void cancelOnTheDayOfTheAuthorizationIsVoid() {
            stub(ALTER, TRAN_OK);

            GatewayResult result = gateway(GmoFixtures.clockAt("2026-11-10T23:30:00")).cancel(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1500, settings));

            assertThat(result.operationKind()).isEqualTo(OperationKind.VOID);
            assertThat(result.status()).isEqualTo(PaymentStatus.CANCELLED);
            gmo.verify(postRequestedFor(urlEqualTo(ALTER)).withRequestBody(containing("JobCd=VOID"))
                    .withRequestBody(notContaining("Amount")));
        }

        @Test
        void cancelOfACaptureLaterInTheMonthIsReturn() {
            stub(ALTER, TRAN_OK);
            Instant capturedAt = GmoFixtures.japan("2026-11-12T10:00:00");

            GatewayResult result = gateway(GmoFixtures.clockAt("2026-11-30T23:59:00")).cancel(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, capturedAt), 1500, settings));

            assertThat(result.operationKind()).isEqualTo(OperationKind.RETURN);
            assertThat(result.providerStatus()).isEqualTo("RETURN");
            gmo.verify(postRequestedFor(urlEqualTo(ALTER)).withRequestBody(matching(".*JobCd=RETURN")));
        }

        @Test
        void cancelOfACaptureInALaterMonthIsCrossMonthReturn() {
            stub(ALTER, TRAN_OK);
            Instant capturedAt = GmoFixtures.japan("2026-11-12T10:00:00");

            GatewayResult result = gateway(GmoFixtures.clockAt("2026-12-01T00:05:00")).cancel(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, capturedAt), 1500, settings));

            assertThat(result.operationKind()).isEqualTo(OperationKind.CROSS_MONTH_RETURN);
            gmo.verify(postRequestedFor(urlEqualTo(ALTER)).withRequestBody(containing("JobCd=RETURNX")));
        }

        @Test
        void fullRefundIsAReturnByDate() {
            stub(ALTER, TRAN_OK);
            Instant capturedAt = GmoFixtures.japan("2026-11-12T10:00:00");

            GatewayResult result = gateway(GmoFixtures.clockAt("2026-11-20T10:00:00")).refund(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, capturedAt), 1500, settings));

            assertThat(result.operationKind()).isEqualTo(OperationKind.RETURN);
            assertThat(result.status()).isEqualTo(PaymentStatus.REFUNDED);
        }

        @Test
        void partialRefundLowersTheSaleWithChangeTran() {
            stub(CHANGE, TRAN_OK);
            Instant capturedAt = GmoFixtures.japan("2026-11-12T10:00:00");

            GatewayResult result = gateway().refund(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, capturedAt), 400, settings));

            assertThat(result.operationKind()).isEqualTo(OperationKind.REFUND);
            assertThat(result.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
            gmo.verify(postRequestedFor(urlEqualTo(CHANGE)).withRequestBody(containing("JobCd=CAPTURE&Amount=1100")));
        }
    }

    @Nested
    class AmountChange {

        private final Instant authorizedAt = GmoFixtures.japan("2026-11-10T10:00:00");

        @Test
        void whileAuthorizedChangeTranKeepsTheAuthorization() {
            stub(CHANGE, TRAN_OK);

            GatewayResult result = gateway().changeAmount(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1800, settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
            assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(result.references()).containsEntry("TranID", "2411231300222222222222222222");
            gmo.verify(postRequestedFor(urlEqualTo(CHANGE)).withRequestBody(containing("JobCd=AUTH&Amount=1800")));
        }

        @Test
        void onceCapturedChangeTranCaptures() {
            stub(CHANGE, TRAN_OK);

            GatewayResult result = gateway().changeAmount(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, authorizedAt), 1200, settings));

            assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
            gmo.verify(postRequestedFor(urlEqualTo(CHANGE)).withRequestBody(containing("JobCd=CAPTURE&Amount=1200")));
        }

        @Test
        void declinedReauthorizationIsDeclined() {
            stub(CHANGE, "ErrCode=42G&ErrInfo=42G030000");

            GatewayResult result = gateway().changeAmount(GmoFixtures.operation(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 90000, settings));

            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorMessage()).contains("over the card limit");
        }

        @Test
        void planIsChangeInPlaceWithTheStep() {
            AmountChangePlan authorized = gateway().planAmountChange(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1800);
            AmountChangePlan captured = gateway().planAmountChange(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, authorizedAt), 1800);

            assertThat(authorized.strategy()).isEqualTo(AmountChangePlan.Strategy.CHANGE_IN_PLACE);
            assertThat(authorized.steps()).singleElement().asString().startsWith("ChangeTran JobCd=AUTH 1,800円");
            assertThat(captured.steps()).singleElement().asString().startsWith("ChangeTran JobCd=CAPTURE 1,800円");
        }

        @Test
        void planSaysWhenNothingOrNothingPossible() {
            GmoPaymentGateway gateway = gateway(GmoFixtures.clockAt("2027-06-01T10:00:00"));

            assertThat(gateway.planAmountChange(GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, authorizedAt),
                    1500).strategy()).isEqualTo(AmountChangePlan.Strategy.UNCHANGED);
            assertThat(gateway.planAmountChange(GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, authorizedAt, authorizedAt),
                    1800).reason()).contains("180 days");
            assertThat(gateway().planAmountChange(GmoFixtures.payment(PaymentStatus.CANCELLED, 1500, authorizedAt, null),
                    1800).reason()).contains("CANCELLED");
            assertThat(gateway().planAmountChange(GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null),
                    10_000_000).strategy()).isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
            assertThat(gateway(GmoFixtures.clockAt("2027-01-20T10:00:00")).planAmountChange(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, authorizedAt, null), 1800).reason())
                    .contains("60-day");
        }
    }

    @Nested
    class Status {

        @Test
        void searchTradeIsMappedToTheUnifiedStatus() {
            stub(SEARCH, "OrderID=OD-1001-1&Status=RETURNX&ProcessDate=20261201000500&JobCd=RETURNX&AccessID=" + ACCESS_ID
                    + "&AccessPass=" + ACCESS_PASS + "&ItemCode=0000990&Amount=1500&Tax=0&SiteID=&MemberID="
                    + "&CardNo=************1111&Expire=2812&Method=1&PayTimes=&Forward=2a99662&TranID=t1&Approve=a1");

            GatewayStatusResult result = gateway().status(new GatewayStatusRequest(
                    GmoFixtures.payment(PaymentStatus.CAPTURED, 1500, null, null), settings));

            assertThat(result.known()).isTrue();
            assertThat(result.status()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(result.providerStatus()).isEqualTo("RETURNX");
            assertThat(result.lastOperationKind()).isEqualTo(OperationKind.CROSS_MONTH_RETURN);
            assertThat(result.amount()).isEqualTo(1500);
            assertThat(result.references()).containsEntry("AccessID", ACCESS_ID).doesNotContainKey("CardNo");
            gmo.verify(postRequestedFor(urlEqualTo(SEARCH)).withRequestBody(containing("OrderID=OD-1001-1")));
        }

        @Test
        void unknownOrderIdIsAnUnknownPayment() {
            stub(SEARCH, "ErrCode=E01&ErrInfo=E01110002");

            GatewayStatusResult result = gateway().status(new GatewayStatusRequest(
                    GmoFixtures.payment(PaymentStatus.PENDING, 1500, null, null), settings));

            assertThat(result.known()).isFalse();
        }

        @Test
        void searchTradeIsRetriedAfterAReset() {
            gmo.stubFor(post(urlEqualTo(SEARCH)).inScenario("reset").whenScenarioStateIs("Started")
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
            gmo.stubFor(post(urlEqualTo(SEARCH)).inScenario("reset").whenScenarioStateIs("ok")
                    .willReturn(ok("OrderID=OD-1001-1&Status=SALES&JobCd=SALES&Amount=1500")));

            GatewayStatusResult result = gateway().status(new GatewayStatusRequest(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, null, null), settings));

            assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
            gmo.verify(2, postRequestedFor(urlEqualTo(SEARCH)));
        }

        @Test
        void noAnswerToAStatusQueryIsProviderUnavailable() {
            gmo.stubFor(post(urlEqualTo(SEARCH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThatThrownBy(() -> gateway().status(new GatewayStatusRequest(
                    GmoFixtures.payment(PaymentStatus.AUTHORIZED, 1500, null, null), settings)))
                    .isInstanceOf(ProviderUnavailable.class);
        }
    }

    @Test
    void capabilitiesDescribeGmoCards() {
        var capabilities = gateway().capabilities();

        assertThat(capabilities.captureRequired()).isTrue();
        assertThat(capabilities.authValidityDays()).isEqualTo(60);
        assertThat(capabilities.minAmount()).isEqualTo(1);
        assertThat(capabilities.maxAmount()).isEqualTo(9_999_999);
        assertThat(capabilities.partialRefund()).isTrue();
        assertThat(capabilities.amountIncrease()).isTrue();
        assertThat(capabilities.amountDecrease()).isTrue();
        assertThat(capabilities.cancellableFrom()).containsExactlyInAnyOrder(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED);
        assertThat(capabilities.pushNotifications()).isTrue();
    }
}
