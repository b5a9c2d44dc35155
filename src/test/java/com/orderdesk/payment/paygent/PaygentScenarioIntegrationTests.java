package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.paygent.wire.NoticeHash;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Paidy through Paygent end to end through the REST API on PostgreSQL ({@link PaygentScenarioSupport}).
 */
class PaygentScenarioIntegrationTests extends PaygentScenarioSupport {

    @Test
    void checkoutHandsOutPaidyCheckoutAndTheCompletionTakesOverThePayIdWith343() {
        JsonNode placed = checkout(AUTH_ONLY);
        String number = placed.at("/order/number").asString();

        assertThat(placed.at("/payment/status").asString()).isEqualTo("PENDING");
        assertThat(placed.at("/payment/nextAction/type").asString()).isEqualTo("PROVIDER_CHECKOUT");
        assertThat(placed.at("/payment/nextAction/data/publicKey").asString()).isEqualTo("pk_test_e2e");
        assertThat(placed.at("/payment/nextAction/data/checkoutPayload").asString()).contains("\"amount\":3830")
                .contains("\"order_ref\":\"" + number + "-1\"").contains("サンプル商会");
        assertThat(paygent.getAllServeEvents()).as("nothing is sent before the shopper authorizes at Paidy").isEmpty();

        replies("343", "result=0", "payment_id=90001200319000012018", "payment_amount=3830", "currency=JPY",
                "paidy_payment_id=pay_Y0_VeqUAFsRjca");
        Response completed = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_Y0_VeqUAFsRjca")));

        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        assertThat(completed.json().at("/status").asString()).isEqualTo("AUTHORIZED");
        JsonNode payment = payment(number);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("オーソリOK");
        assertThat(payment.at("/references/paymentId").asString()).isEqualTo("90001200319000012018");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=343"))
                .withRequestBody(containing("paidy_payment_id=pay_Y0_VeqUAFsRjca")));
        for (String reference : new String[] {"pay_Y0_VeqUAFsRjca", "90001200319000012018"}) {
            JsonNode found = api.asOperator().get("/api/admin/orders?reference=" + reference).json().at("/items");
            assertThat(found).as("the order list finds the order by " + reference).hasSize(1);
            assertThat(found.get(0).at("/number").asString()).isEqualTo(number);
        }
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text())
                .doesNotContain("connect-secret");
    }

    @Test
    void aClosedCheckoutLeavesThePaymentPendingWithTheReason() {
        String number = checkout(AUTH_ONLY).at("/order/number").asString();

        Response closed = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyCheckoutStatus", "closed")));

        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.json().at("/status").asString()).isEqualTo("PENDING");
        assertThat(closed.json().at("/nextAction/type").asString()).isEqualTo("PROVIDER_CHECKOUT");
        assertThat(payment(number).at("/providerStatus").asString()).contains("closed");
    }

    @Test
    void aPayIdBoundToAnotherOrderIsRefused() {
        String number = checkout(AUTH_ONLY).at("/order/number").asString();
        replies("343", "result=1", "response_code=90102", "response_detail=bound");

        Response refused = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_someone_elses")));

        assertThat(refused.json().at("/status").asString()).as(refused.text()).isNotEqualTo("AUTHORIZED");
        assertThat(refused.json().at("/declineMessage").asString()).contains("already bound to another order");
    }

    @Test
    void aLandlineAloneIsRefusedNamingTheMobileFieldAndAMobileInThePhoneFieldIsEnough() {
        Response noMobile = store.post("/api/store/checkout", withPhones(null, "03-1234-5678"));
        assertThat(noMobile.status()).as(noMobile.text()).isEqualTo(422);
        assertThat(noMobile.json().at("/errors/0/field").asString()).isEqualTo("customer.mobilePhone");
        assertThat(noMobile.json().at("/errors/0/message").asString()).contains("SMS");

        Response landlineAsMobile = store.post("/api/store/checkout", withPhones("0570-666-370", "03-1234-5678"));
        assertThat(landlineAsMobile.status()).as(landlineAsMobile.text()).isEqualTo(422);
        assertThat(landlineAsMobile.json().at("/errors/0/message").asString()).contains("must be a mobile number");

        Response mobileAsPhone = store.post("/api/store/checkout", withPhones(null, "090-5555-6666"));
        assertThat(mobileAsPhone.status()).as(mobileAsPhone.text()).isEqualTo(201);
        assertThat(mobileAsPhone.json().at("/payment/nextAction/data/checkoutPayload").asString())
                .as("the phone field goes to Paidy when there is no mobile (manual 3-7)").contains("090-5555-6666");
    }

    private static Map<String, Object> withPhones(String mobile, String phone) {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", AUTH_ONLY);
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) body.get("customer");
        customer.remove("mobilePhone");
        if (mobile != null) {
            customer.put("mobilePhone", mobile);
        }
        customer.put("phone", phone);
        return body;
    }

    @Test
    void captureThenRepeatedPartialRefundsThenTheRestWithoutCancellingTheOrder() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");
        replies("342", "result=0");

        Response captured = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(captured.status()).as(captured.text()).isEqualTo(200);
        assertThat(payment(number).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment(number).at("/providerStatus").asString()).isEqualTo("消込済");

        Response first = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 1000));
        Response second = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 830));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(payment(number).at("/status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342"))
                .withRequestBody(containing("amount=1000")));
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342"))
                .withRequestBody(containing("amount=830")));

        Response tooMuch = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 2001));
        assertThat(tooMuch.status()).as("more than the refundable remainder").isEqualTo(409);

        Response rest = api.asOperator().post(commandUri(number, "refund"), Map.of());
        assertThat(rest.status()).as(rest.text()).isEqualTo(200);
        assertThat(payment(number).at("/status").asString()).isEqualTo("REFUNDED");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("amount=2000")));
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString())
                .as("a full refund does not cancel the order").isNotEqualTo("CANCELLED");
    }

    @Test
    void capturesOnlyTheFullAmountAndOnlyWithinNinetyJapaneseDays() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");

        Response partial = api.asOperator().post(commandUri(number, "capture"), Map.of("amount", 1000));
        assertThat(partial.status()).isEqualTo(409);
        assertThat(partial.text()).contains("full authorized amount");

        clock.advance(Duration.ofDays(91));
        Response late = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.text()).contains("90 days");
        paygent.verify(0, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341")));
    }

    @Test
    void cancelBeforeCaptureSaysNoMailOrSmsGoesOut() {
        String number = authorized(AUTH_ONLY);
        replies("340", "result=0");

        Response cancelled = api.asOperator().post(commandUri(number, "cancel"), Map.of());

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.json().at("/payment/status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().at("/payment/providerStatus").asString()).contains("メール・SMSは送信されません");
    }

    @Test
    void authAndCaptureWaitsForPaygentsCaptureNoticeAndRefusesManualCapture() throws Exception {
        String number = authorized(AUTH_AND_CAPTURE);
        String paymentId = payment(number).at("/references/paymentId").asString();
        assertThat(payment(number).at("/providerStatus").asString()).contains("自動売上待ち");

        Response manual = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.text()).contains("captures this payment by itself");

        replies("094", "result=0", "payment_id=" + paymentId, "payment_status=40", "payment_amount=3830");
        MockHttpServletResponse answer = notice(fields("N-100", paymentId, "40", 3830), HASH_KEY);
        assertThat(answer.getContentAsString()).isEqualTo("result=0");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(payment(number).at("/status").asString()).isEqualTo("CAPTURED"));
        assertThat(payment(number).at("/needsAttention").asBoolean()).as("Paygent's own capture is no drift").isFalse();
    }

    @Test
    void withoutTheCaptureNoticePaygentIsAskedAndTheMissingNotificationIsFlagged() {
        String number = authorized(AUTH_AND_CAPTURE);
        String paymentId = payment(number).at("/references/paymentId").asString();
        replies("094", "result=0", "payment_id=" + paymentId, "payment_status=40", "payment_amount=3830");

        clock.advance(Duration.ofMinutes(29));
        awaitEventListeners();
        assertThat(payment(number).at("/status").asString()).as("not yet overdue").isEqualTo("AUTHORIZED");
        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode payment = payment(number);
            assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
            assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        });
        assertThat(payment(number).at("/attentionReason").asString()).contains("only when asked")
                .contains("notification URL");
    }

    @Test
    void anAutomaticCaptureThatNeverHappensIsFlagged() {
        String number = authorized(AUTH_AND_CAPTURE);
        String paymentId = payment(number).at("/references/paymentId").asString();
        replies("094", "result=0", "payment_id=" + paymentId, "payment_status=20", "payment_amount=3830");

        clock.advance(Duration.ofMinutes(31));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(payment(number).at("/needsAttention").asBoolean()).isTrue());
        JsonNode payment = payment(number);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/attentionReason").asString()).contains("has not captured").contains("決済通知ステータス");
    }

    @Test
    void aCancelMadeInPaygentsConsoleIsDriftThatBlocksFurtherOperations() throws Exception {
        String number = authorized(AUTH_ONLY);
        String paymentId = payment(number).at("/references/paymentId").asString();

        MockHttpServletResponse answer = notice(fields("N-200", paymentId, "32", 3830), HASH_KEY);
        assertThat(answer.getContentAsString()).isEqualTo("result=0");
        MockHttpServletResponse duplicate = notice(fields("N-200", paymentId, "32", 3830), HASH_KEY);
        assertThat(duplicate.getContentAsString()).as("a duplicate is answered the same").isEqualTo("result=0");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode payment = payment(number);
            assertThat(payment.at("/status").asString()).isEqualTo("CANCELLED");
            assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        });
        assertThat(payment(number).at("/attentionReason").asString()).contains("console");
        Response refused = api.asOperator().post(commandUri(number, "refund"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        JsonNode inbox = api.asOperator().get("/api/admin/webhooks?provider=PAYGENT_PAIDY").json();
        assertThat(inbox.toString().split("N-200", -1).length - 1).as("stored once").isLessThanOrEqualTo(2);
    }

    @Test
    void aNoticeWithAWrongHcIsAnsweredButNeverApplied() throws Exception {
        String number = authorized(AUTH_ONLY);
        String paymentId = payment(number).at("/references/paymentId").asString();

        MockHttpServletResponse answer = notice(fields("N-300", paymentId, "32", 3830), "a forger's key");

        assertThat(answer.getContentAsString()).isEqualTo("result=0");
        Thread.sleep(1500);
        assertThat(payment(number).at("/status").asString()).isEqualTo("AUTHORIZED");
    }

    @Test
    void wrongCredentialsAndAnUnfinishedReviewAreClearProblems() {
        String number = checkout(AUTH_ONLY).at("/order/number").asString();
        replies("343", "result=1", "response_code=90001");

        Response refused = store.post("/api/store/orders/" + number + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_login")));

        assertThat(refused.json().at("/declineMessage").asString()).as(refused.text()).contains("接続IDパスワード");

        String other = checkout(AUTH_ONLY).at("/order/number").asString();
        replies("343", "result=1", "response_code=90002");
        Response review = store.post("/api/store/orders/" + other + "/payment",
                Map.of("instrument", Map.of("paidyPaymentId", "pay_review")));
        assertThat(review.json().at("/declineMessage").asString()).as(review.text()).contains("審査");
    }

}
