package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import com.orderdesk.payment.paygent.wire.PaygentWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every Paidy telegram and its errors, against WireMock speaking Paygent's reply format. */
class PaygentPaymentGatewayTests {

    private static final String MODULE = "/module";

    private final WireMockServer paygent = new WireMockServer(wireMockConfig().dynamicPort());
    private final PaygentPaymentGateway gateway = new PaygentPaymentGateway(PaygentFixtures.client());
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        paygent.start();
        settings = PaygentFixtures.settings(paygent.baseUrl() + MODULE);
    }

    @AfterEach
    void stop() {
        paygent.stop();
    }

    private void reply(String kind, String... lines) {
        paygent.stubFor(post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=" + kind))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain; charset=Shift_JIS")
                        .withBody((String.join("\r\n", lines) + "\r\n").getBytes(PaygentWire.CHARSET))));
    }

    private Map<String, String> sent(String kind) {
        List<LoggedRequest> requests = paygent.findAll(postRequestedFor(urlEqualTo(MODULE))
                .withRequestBody(containing("telegram_kind=" + kind)));
        assertThat(requests).as("telegram " + kind + " sent").isNotEmpty();
        return PaygentWire.decodeForm(requests.getLast().getBody());
    }

    @Test
    void aStartWithoutPaidyIdHandsTheStorefrontPaidyCheckoutWithoutCallingPaygent() {
        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false, Map.of()));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.PENDING);
        assertThat(result.status()).isEqualTo(PaymentStatus.PENDING);
        NextAction action = result.nextAction();
        assertThat(action.type()).isEqualTo(NextAction.Type.PROVIDER_CHECKOUT);
        assertThat(action.data()).containsEntry("publicKey", "pk_live_123").containsEntry("orderRef", "OD-001001-1")
                .containsEntry("logoUrl", "https://shop.example/logo.png");
        assertThat(action.data().get("confirmationText")).as("特商法: the confirmation page's 注意書き (manual 3-4 ⑩)")
                .contains("お支払いは翌月27日までに");
        JsonNode payload = JsonMapper.builder().build().readTree(action.data().get("checkoutPayload"));
        assertThat(payload.get("amount").asLong()).isEqualTo(4000);
        assertThat(payload.get("currency").asString()).isEqualTo("JPY");
        assertThat(payload.get("store_name").asString()).isEqualTo("サンプル商会");
        assertThat(payload.at("/buyer/email").asString()).isEqualTo("hanako@example.jp");
        assertThat(payload.at("/buyer/phone").asString()).as("the mobile number first (manual 3-7)").isEqualTo("090-1234-5678");
        assertThat(payload.at("/order/order_ref").asString()).isEqualTo("OD-001001-1");
        assertThat(payload.at("/order/items/0/unit_price").asLong()).isEqualTo(4000);
        assertThat(payload.at("/shipping_address/zip").asString()).isEqualTo("1500001");
        assertThat(payload.get("description").asString()).contains("10%対象 4,000円").contains("内消費税 363円");
        assertThat(paygent.getAllServeEvents()).as("no apply telegram exists for Paidy").isEmpty();
    }

    @Test
    void theMethodsOwnConfirmationTextReplacesTheManualsRecommendedOne() {
        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("confirmationText", "当店独自の注意事項")));

        assertThat(result.nextAction().data()).containsEntry("confirmationText", "当店独自の注意事項");
    }

    @Test
    void aClosedOrRejectedCheckoutStaysPendingWithTheReasonAndTheCheckoutAgain() {
        GatewayResult closed = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyCheckoutStatus", "closed")));
        GatewayResult rejected = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyCheckoutStatus", "rejected")));

        assertThat(closed.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(closed.providerStatus()).contains("closed");
        assertThat(rejected.providerStatus()).contains("承認されませんでした");
        assertThat(rejected.nextAction().type()).isEqualTo(NextAction.Type.PROVIDER_CHECKOUT);
    }

    @Test
    void verify343TakesOverThePaidyAuthorization() {
        reply("343", "result=0", "response_code=", "payment_id=90001200319000012018", "payment_amount=4000",
                "currency=JPY", "paidy_payment_id=pay_Y0_VeqUAFsRjca");

        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "pay_Y0_VeqUAFsRjca")));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(result.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(result.providerStatus()).isEqualTo("オーソリOK");
        assertThat(result.references()).containsEntry("paymentId", "90001200319000012018")
                .containsEntry("paidyPaymentId", "pay_Y0_VeqUAFsRjca").containsEntry("tradingId", "OD-001001-1");
        assertThat(sent("343")).containsEntry("paidy_payment_id", "pay_Y0_VeqUAFsRjca")
                .containsEntry("merchant_id", PaygentFixtures.MERCHANT).containsEntry("connect_id", PaygentFixtures.CONNECT_ID)
                .containsEntry("connect_password", PaygentFixtures.PASSWORD).containsEntry("telegram_version", "1.0");
    }

    @Test
    void inAuthAndCaptureModeTheAuthorizationWaitsForPaygentsOwnCapture() {
        reply("343", "result=0", "payment_id=P1", "payment_amount=4000", "currency=JPY");

        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, true,
                Map.of("paidyPaymentId", "pay_auto")));

        assertThat(result.operationKind()).isEqualTo(OperationKind.AUTHORIZE_AND_CAPTURE);
        assertThat(result.status()).as("captured later by Paygent, announced by notification").isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(result.providerStatus()).contains("自動売上待ち");
    }

    @Test
    void anAuthorizationForAnotherAmountIsCancelledAndRefused() {
        reply("343", "result=0", "payment_id=P9", "payment_amount=3999", "currency=JPY");
        reply("340", "result=0");

        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "pay_other")));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("3,999円").contains("4,000円").contains("cancelled at Paygent");
        assertThat(sent("340")).containsEntry("payment_id", "P9");
    }

    @Test
    void anotherCurrencyIsRefusedToo() {
        reply("343", "result=0", "payment_id=P9", "payment_amount=4000", "currency=USD");
        reply("340", "result=0");

        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "pay_usd")));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("USD");
    }

    @Test
    void aBoundPaidyIdIsRefusedWithoutCancellingTheOtherOrdersAuthorization() {
        reply("343", "result=1", "response_code=90102", "response_detail=already bound");

        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "pay_bound")));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorCode()).isEqualTo("90102");
        assertThat(result.errorMessage()).contains("already bound to another order");
        assertThat(paygent.findAll(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=340"))))
                .isEmpty();
    }

    @Test
    void aPaidyIdThatIsNotOneIsRefusedBeforeAnyCall() {
        GatewayResult result = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "tok_123")));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(paygent.getAllServeEvents()).isEmpty();
    }

    @Test
    void wrongLoginAndUnfinishedReviewAreExplainedAsTheManualDoes() {
        reply("343", "result=1", "response_code=90001", "response_detail=接続認証エラー");
        GatewayResult login = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "pay_x")));
        assertThat(login.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(login.errorMessage()).contains("接続ID").contains("settings");

        paygent.resetAll();
        reply("343", "result=1", "response_code=90002", "response_detail=審査未完了");
        GatewayResult review = gateway.authorize(PaygentFixtures.authorize(settings, 4000, false,
                Map.of("paidyPaymentId", "pay_x")));
        assertThat(review.outcome()).isEqualTo(GatewayOutcome.FAILED);
        assertThat(review.errorMessage()).contains("審査").contains("not finished");
    }

    @Test
    void capture341IsTheFullAmountOfTheStoredPaymentId() {
        reply("341", "result=0", "payment_id=90001200319000012018");
        GatewayPaymentState payment = PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0);

        GatewayResult result = gateway.capture(PaygentFixtures.operation(payment, 4000, settings));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(result.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(result.providerStatus()).isEqualTo("消込済");
        assertThat(sent("341")).containsEntry("payment_id", "90001200319000012018").doesNotContainKey("amount");
    }

    @Test
    void aCaptureAfterNinetyDaysIsUnrevivable() {
        reply("341", "result=1", "response_code=90203");

        GatewayResult result = gateway.capture(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), 4000, settings));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("不成立").contains("cannot be revived").contains("order again");
    }

    @Test
    void cancel340SaysNoMailOrSmsGoesToTheShopper() {
        reply("340", "result=0");

        GatewayResult result = gateway.cancel(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), 4000, settings));

        assertThat(result.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(result.providerStatus()).contains("キャンセル済").contains("メール・SMSは送信されません");
    }

    @Test
    void cancelAfterCaptureIsRefusedByPaygent() {
        reply("340", "result=1", "response_code=90201", "response_detail=status 40");

        GatewayResult result = gateway.cancel(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), 4000, settings));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("エラーコード:90201");
    }

    @Test
    void anUnfinishedCheckoutIsCancelledWithoutAnyCall() {
        GatewayPaymentState pending = new GatewayPaymentState(java.util.UUID.randomUUID(), "OD-1", "OD-1-1",
                PaymentStatus.PENDING, null, 4000, 0, 0, null, null, Map.of());

        GatewayResult result = gateway.cancel(PaygentFixtures.operation(pending, 4000, settings));

        assertThat(result.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(paygent.getAllServeEvents()).isEmpty();
    }

    @Test
    void refund342IsPartialThenFull() {
        reply("342", "result=0");

        GatewayResult part = gateway.refund(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.CAPTURED, 4000, 4000, 0), 1000, settings));
        assertThat(part.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(sent("342")).containsEntry("amount", "1000").containsEntry("payment_id", "90001200319000012018");

        GatewayResult rest = gateway.refund(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.PARTIALLY_REFUNDED, 4000, 4000, 1000), 3000, settings));
        assertThat(rest.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(rest.providerStatus()).isEqualTo("全額返金済");
    }

    @Test
    void aRefundBeyondTheRefundableIsRefused() {
        reply("342", "result=1", "response_code=90202");

        GatewayResult result = gateway.refund(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.CAPTURED, 4000, 4000, 0), 4000, settings));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorCode()).isEqualTo("90202");
    }

    @Test
    void aLostAnswerToAMoneyTelegramIsUnknownAndNotRepeated() {
        paygent.stubFor(post(urlEqualTo(MODULE)).willReturn(aResponse().withFixedDelay(1500).withBody("result=0\r\n")));

        GatewayResult result = gateway.capture(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), 4000, settings));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
        assertThat(result.errorMessage()).contains("094");
        assertThat(paygent.findAll(postRequestedFor(urlEqualTo(MODULE)))).hasSize(1);
    }

    @Test
    void aCommunicationFailureResultIsUnknown() {
        reply("342", "result=9");

        GatewayResult result = gateway.refund(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.CAPTURED, 4000, 4000, 0), 100, settings));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.UNKNOWN);
    }

    @Test
    void status094MapsPaygentsStatusesAndSeesARefundNotMadeByOrderDesk() {
        GatewayPaymentState captured = PaygentFixtures.payment(PaymentStatus.CAPTURED, 4000, 4000, 0);
        reply("094", "result=0", "payment_status=40", "payment_amount=4000");
        GatewayStatusResult same = gateway.status(new GatewayStatusRequest(captured, settings));
        assertThat(same.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(same.providerStatus()).isEqualTo("消込済");

        paygent.resetAll();
        reply("094", "result=0", "payment_status=40", "payment_amount=2500");
        assertThat(gateway.status(new GatewayStatusRequest(captured, settings)).status())
                .as("Paygent holds less than OrderDesk captured: refunded in the console").isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

        paygent.resetAll();
        reply("094", "result=0", "payment_status=33", "payment_amount=4000");
        GatewayStatusResult expired = gateway.status(new GatewayStatusRequest(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), settings));
        assertThat(expired.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(expired.providerStatus()).contains("不成立");

        paygent.resetAll();
        reply("094", "result=0", "payment_status=30", "payment_amount=4000");
        assertThat(gateway.status(new GatewayStatusRequest(captured, settings)).status())
                .as("売上要求中 is a step in flight").isNull();
    }

    @Test
    void status094OfAnUnknownPaymentAndOfAnUnreachablePaygent() {
        reply("094", "result=1", "response_code=13001");
        assertThat(gateway.status(new GatewayStatusRequest(PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0),
                settings)).known()).isFalse();

        paygent.stop();
        assertThatThrownBy(() -> gateway.status(new GatewayStatusRequest(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), settings)))
                .isInstanceOf(ProviderUnavailable.class);
        paygent.start();
    }

    @Test
    void amountChangesFollowPaidysRules() {
        assertThat(gateway.planAmountChange(PaygentFixtures.payment(PaymentStatus.CAPTURED, 4000, 4000, 0), 3000).strategy())
                .isEqualTo(AmountChangePlan.Strategy.REFUND_DIFFERENCE);
        AmountChangePlan authorized = gateway.planAmountChange(PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 4000, 0, 0), 3000);
        assertThat(authorized.strategy()).isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
        assertThat(authorized.reason()).contains("capture").contains("refund the difference");
        assertThat(gateway.planAmountChange(PaygentFixtures.payment(PaymentStatus.CAPTURED, 4000, 4000, 0), 5000).strategy())
                .isEqualTo(AmountChangePlan.Strategy.NOT_POSSIBLE);
    }

    @Test
    void capabilitiesAreTheManuals() {
        var capabilities = gateway.capabilities();

        assertThat(capabilities.maxAmount()).isEqualTo(300_000);
        assertThat(capabilities.authValidityDays()).isEqualTo(90);
        assertThat(capabilities.refundWindow().days()).isEqualTo(90);
        assertThat(capabilities.refundWindow().hard()).as("目安: advisory").isFalse();
        assertThat(capabilities.fullCaptureOnly()).isTrue();
        assertThat(capabilities.automaticCapture()).isTrue();
        assertThat(capabilities.partialRefund()).isTrue();
        assertThat(capabilities.subscriptions()).isFalse();
        assertThat(gateway.subscriptionExclusionReason()).contains("定期購入カートは非対応");
        assertThat(capabilities.bulkCapture().batchSize()).isEqualTo(50);
    }

}
