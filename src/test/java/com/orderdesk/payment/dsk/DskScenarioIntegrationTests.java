package com.orderdesk.payment.dsk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.shared.ShopTime;
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
 * DSK end to end through the REST API on PostgreSQL, with DSK on WireMock speaking its Shift_JIS
 * key=value replies: the provider settings point at WireMock (TEST environment, notices allowed
 * from loopback, which is MockMvc's remote address), and a payment method {@code DSK} is bound to
 * the real adapter.
 */
class DskScenarioIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String DSK_METHOD = "DSK";
    private static final String TENANT = "T000777";
    private static final WireMockServer dsk = new WireMockServer(wireMockConfig().dynamicPort());

    @Autowired
    private MockMvc mvc;

    @BeforeAll
    static void startDsk() {
        dsk.start();
    }

    @AfterAll
    static void stopDsk() {
        dsk.stop();
    }

    @BeforeEach
    void dskSettingsAndMethod() {
        dsk.resetAll();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", dsk.baseUrl());
        settings.put("options", Map.of("notificationAllowlist", "127.0.0.1, ::1"));
        settings.put("credentials", Map.of("tenantId", TENANT, "password", "dsk-secret"));
        Response saved = api.asAdmin().put("/api/admin/providers/dsk/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", DSK_METHOD);
        method.put("name", "コンビニ払い (DSK)");
        method.put("provider", "DSK");
        method.put("captureImmediately", false);
        method.put("completionText", "下記URLからお支払い方法をお選びください。");
        method.put("emailTitle", "コンビニ払い");
        method.put("emailText", "お支払い方法選択ページURLからお支払いください。");
        method.put("options", Map.of("paymentDeadlineDays", "5"));
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    /** Lets the order events of this test finish before the next one empties the tables under them. */
    @AfterEach
    void eventsSettled() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication", Long.class) == 0);
    }

    private static String selectionUrl(String dskId) {
        return "https://kessai.example/select?dskid=" + dskId + "&sig=a=b";
    }

    private static void registrationAnswers(String... dskIds) {
        String state = Scenario.STARTED;
        for (int i = 0; i < dskIds.length; i++) {
            String next = "registration " + (i + 1);
            dsk.stubFor(post(urlEqualTo("/paperless/order")).inScenario("registrations").whenScenarioStateIs(state)
                    .willReturn(dskReply("result=0&dskid=" + dskIds[i] + "&url=" + selectionUrl(dskIds[i]) + "&message="))
                    .willSetStateTo(next));
            state = next;
        }
    }

    private static void answers(String path, String reply) {
        dsk.stubFor(post(urlEqualTo(path)).willReturn(dskReply(reply)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder dskReply(String body) {
        return aResponse().withHeader("Content-Type", "text/plain; charset=Shift_JIS").withBody(body.getBytes(DskForm.CHARSET));
    }

    private String placeDskOrder() {
        String number = placeOrder(DSK_METHOD);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(payments(number)).first()
                .satisfies(payment -> assertThat(payment.at("/nextAction/type").asString()).as(payment.toString())
                        .isEqualTo("PAYMENT_PAGE")));
        return number;
    }

    private List<JsonNode> payments(String number) {
        JsonNode all = api.asOperator().get("/api/admin/orders/" + number + "/payments").json().at("/payments");
        List<JsonNode> list = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            list.add(all.get(i));
        }
        return list;
    }

    private String status(String number, int attempt) {
        List<JsonNode> list = payments(number);
        return list.size() <= attempt ? "" : list.get(attempt).at("/status").asString();
    }

    private MockHttpServletResponse notice(String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/dsk").contentType("application/x-www-form-urlencoded")
                .content(body.getBytes(DskForm.CHARSET)).with(request -> {
                    request.setRemoteAddr("127.0.0.1");
                    return request;
                })).andReturn().getResponse();
    }

    /** Exactly the fact sheet's notice fields (datakbn, dskid, amount, paydate, conveni, receiptno, orderid). */
    private static String paidNotice(String number, String dskId, long amount, String datakbn, String paydate) {
        return "datakbn=" + datakbn + "&dskid=" + dskId + "&amount=" + amount + "&paydate=" + paydate
                + "&conveni=010&receiptno=123456789012&orderid=" + number + "-1";
    }

    /** No DSK material describes a status query: nothing may ever call one. */
    @AfterEach
    void neverAskedDskForAStatus() {
        assertThat(dsk.findAll(postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching(
                "/paperless/(?!order|cancel).*")))).isEmpty();
    }

    @Test
    void checkoutGivesTheSelectionUrlWhichStaysReadableOnTheOrder() {
        registrationAnswers("20261123000001");

        String number = placeDskOrder();

        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/provider").asString()).isEqualTo("DSK");
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("未入金");
        assertThat(payment.at("/nextAction/type").asString()).isEqualTo("PAYMENT_PAGE");
        assertThat(payment.at("/nextAction/url").asString()).isEqualTo(selectionUrl("20261123000001"));
        assertThat(payment.at("/nextAction/data/dskId").asString()).isEqualTo("20261123000001");
        assertThat(payment.at("/nextAction/expiresAt").isMissingNode()).isFalse();
        assertThat(payment.at("/nextAction/expiresOn").asString()).as("the due date as a Japan date")
                .isEqualTo(java.time.Instant.parse(payment.at("/nextAction/expiresAt").asString()).minusSeconds(1)
                        .atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().toString());
        assertThat(payment.at("/references/url").asString()).isEqualTo(selectionUrl("20261123000001"));
        assertThat(payment.at("/references/orderid").asString()).isEqualTo(number + "-1");
        dsk.verify(postRequestedFor(urlEqualTo("/paperless/order")).withRequestBody(containing("amount=3830"))
                .withRequestBody(containing("tenantid=" + TENANT)).withRequestBody(containing("orderid=" + number + "-1")));
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text()).doesNotContain("dsk-secret");
    }

    @Test
    void cancelWhileUnpaidTellsDsk() {
        registrationAnswers("20261123000002");
        answers("/paperless/cancel", "result=0&message=");
        String number = placeDskOrder();

        Response response = api.asOperator().post("/api/admin/orders/" + number + "/payment/cancel", Map.of());

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(status(number, 0)).isEqualTo("CANCELLED");
        dsk.verify(postRequestedFor(urlEqualTo("/paperless/cancel")).withRequestBody(containing("orderid=" + number + "-1")));
    }

    @Test
    void cancelOfAPaidPaymentIsRefusedWithoutCallingDsk() {
        registrationAnswers("20261123000003");
        String number = placeDskOrder();
        // Until the inbox applies notices, PAID is set directly; the refusal is the core's rule over DSK's capabilities.
        jdbc.update("UPDATE payments SET status = 'PAID', provider_status = '入金済み' WHERE order_number = ?", number);

        Response response = api.asOperator().post("/api/admin/orders/" + number + "/payment/cancel", Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/detail").asString()).contains("PENDING").contains("PAID")
                .contains("refund the customer outside OrderDesk")
                .contains("POST /api/admin/orders/" + number + "/payment/mark-payment-cancelled")
                .contains("switch the order's payment method");
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    /** Places a DSK order and lets DSK's paid notice make it PAID. */
    private String paidDskOrder(String dskId) throws Exception {
        registrationAnswers(dskId);
        String number = placeDskOrder();
        notice(paidNotice(number, dskId, 3830, "1", "20261124101500"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("PAID"));
        return number;
    }

    private static JsonNode action(JsonNode payment, String name) {
        for (JsonNode action : payment.at("/actions")) {
            if (action.at("/action").asString().equals(name)) {
                return action;
            }
        }
        throw new AssertionError("no action " + name + " in " + payment);
    }

    @Test
    void aRefundOutsideOrderDeskIsRecordedAsAManualCancellation() throws Exception {
        String number = paidDskOrder("20261123000012");
        assertThat(action(payments(number).get(0), "mark-payment-cancelled").at("/allowed").asBoolean()).isTrue();

        Response withoutReason = api.asOperator().post("/api/admin/orders/" + number + "/payment/mark-payment-cancelled",
                Map.of());
        Response recorded = api.asOperator().post("/api/admin/orders/" + number + "/payment/mark-payment-cancelled",
                Map.of("reason", "refunded by bank transfer on 11/25"));

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(payment.at("/operations").valueStream().filter(op -> op.at("/kind").asString().equals("MANUAL")))
                .singleElement().satisfies(op -> {
                    assertThat(op.at("/outcome").asString()).isEqualTo("SUCCEEDED");
                    assertThat(op.at("/resolution").asString()).contains("refunded by bank transfer");
                });
        JsonNode again = action(payment, "mark-payment-cancelled");
        assertThat(again.at("/allowed").asBoolean()).isFalse();
        assertThat(again.at("/reason").asString()).contains("CANCELLED");
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("DSK 入金取消を記録 3,830円 by ")
                && line.endsWith("refunded by bank transfer on 11/25"));
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
        await().atMost(Duration.ofSeconds(10)).until(() -> "CANCELLED".equals(
                api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
    }

    @Test
    void anUnpaidPaymentCannotBeRecordedAsCancelled() {
        registrationAnswers("20261123000013");
        String number = placeDskOrder();

        Response refused = api.asOperator().post("/api/admin/orders/" + number + "/payment/mark-payment-cancelled",
                Map.of("reason", "customer phoned"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/detail").asString()).contains("PAID").contains("PENDING");
        assertThat(status(number, 0)).isEqualTo("PENDING");
    }

    @Test
    void switchingAwayFromAPaidDskPaymentIsRefusedUntilItIsRecordedAsCancelled() throws Exception {
        String number = paidDskOrder("20261123000014");

        Response refused = api.asOperator().patch("/api/admin/orders/" + number, Map.of("paymentMethodCode", METHOD));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(refused.json().at("/detail").asString()).contains("mark-payment-cancelled");
        assertThat(payments(number)).hasSize(1);

        api.asOperator().post("/api/admin/orders/" + number + "/payment/mark-payment-cancelled",
                Map.of("reason", "refunded by bank transfer"));
        Response switched = api.asOperator().patch("/api/admin/orders/" + number, Map.of("paymentMethodCode", METHOD));

        assertThat(switched.status()).as(switched.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 1).equals("AUTHORIZED"));
        assertThat(payments(number).get(1).at("/paymentMethodCode").asString()).isEqualTo(METHOD);
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    @Test
    void switchingAwayFromAnUnpaidDskPaymentCancelsItAtDskAndStartsTheNewMethod() {
        registrationAnswers("20261123000015");
        answers("/paperless/cancel", "result=0&message=");
        String number = placeDskOrder();

        Response switched = api.asOperator().patch("/api/admin/orders/" + number, Map.of("paymentMethodCode", METHOD));

        assertThat(switched.status()).as(switched.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 1).equals("AUTHORIZED"));
        assertThat(status(number, 0)).isEqualTo("CANCELLED");
        assertThat(payments(number).get(1).at("/paymentMethodCode").asString()).isEqualTo(METHOD);
        dsk.verify(1, postRequestedFor(urlEqualTo("/paperless/cancel")).withRequestBody(containing("orderid=" + number + "-1")));
    }

    @Test
    void theMethodsDeadlineDaysReachDskAsTheExpireDate() {
        registrationAnswers("20261123000016");

        String number = placeDskOrder();

        String expire = LocalDate.now(ShopTime.ZONE).plusDays(5).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(payments(number).get(0).at("/references/expire").asString()).isEqualTo(expire);
        dsk.verify(postRequestedFor(urlEqualTo("/paperless/order")).withRequestBody(containing("expire=" + expire)));
    }

    @Test
    void amountChangeCancelsAndReissuesWithANewSelectionUrl() {
        registrationAnswers("20261123000004", "20261123000005");
        answers("/paperless/cancel", "result=0&message=");
        String number = placeDskOrder();
        Map<String, Object> patch = Map.of("lines", List.of(TestOrders.line("TEA-001", 1100, 3, "STANDARD_10")));

        Response edited = api.asOperator().patch("/api/admin/orders/" + number, patch);

        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        // The re-issued attempt is PENDING from its creation, before DSK has answered its registration.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(payments(number)).hasSize(2).last()
                .satisfies(attempt -> assertThat(attempt.at("/nextAction/type").asString()).as(attempt.toString())
                        .isEqualTo("PAYMENT_PAGE")));
        List<JsonNode> attempts = payments(number);
        assertThat(attempts.get(0).at("/status").asString()).isEqualTo("CANCELLED");
        JsonNode reissued = attempts.get(1);
        assertThat(reissued.at("/amount").asLong()).isEqualTo(3850);
        assertThat(reissued.at("/nextAction/url").asString()).isEqualTo(selectionUrl("20261123000005"));
        dsk.verify(1, postRequestedFor(urlEqualTo("/paperless/cancel")));
        dsk.verify(postRequestedFor(urlEqualTo("/paperless/order")).withRequestBody(containing("amount=3850")));
        String cancelOf = correlationOf(attempts.get(0), "CANCEL");
        assertThat(cancelOf).as("the cancel belongs to the re-issue").isNotEmpty();
        assertThat(correlationOf(reissued, "AUTHORIZE")).isEqualTo(cancelOf);
        assertThat(historyOf(number)).filteredOn(line -> line.startsWith("DSK 再発行")).singleElement().asString()
                .startsWith("DSK 再発行 3,830円 → 3,850円 (attempt 1 → 2)");
    }

    private static String correlationOf(JsonNode payment, String kind) {
        return payment.at("/operations").valueStream().filter(op -> op.at("/kind").asString().equals(kind))
                .map(op -> op.at("/correlationId").asString("")).findFirst().orElse("");
    }

    @Test
    void paidNoticeMakesThePaymentPaidAndADuplicateIsProcessedOnce() throws Exception {
        registrationAnswers("20261123000006");
        String number = placeDskOrder();
        String body = paidNotice(number, "20261123000006", 3830, "1", "20261124101500");

        MockHttpServletResponse first = notice(body);
        MockHttpServletResponse again = notice(body);

        assertThat(first.getContentAsString()).isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        assertThat(again.getContentAsString()).isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("PAID"));
        assertThat(payments(number).get(0).at("/providerStatus").asString()).isEqualTo("入金済み");
        assertThat(payments(number).get(0).at("/capturedAmount").asLong()).isEqualTo(3830);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE status = 'PROCESSED'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void mismatchedNoticeMakesTheAmountMismatchVisibleWithBilledPaidAndDifference() throws Exception {
        registrationAnswers("20261123000007");
        String number = placeDskOrder();

        notice(paidNotice(number, "20261123000007", 3000, "1", "20261124101500"));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("AMOUNT_MISMATCH"));
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("金額不一致");
        assertThat(payment.at("/capturedAmount").asLong()).as("what the shopper paid").isEqualTo(3000);
        assertThat(historyOf(number)).contains("DSK 通知: AMOUNT_MISMATCH (金額不一致) 請求 3,830円 / 入金 3,000円 / 差額 -830円");
    }

    @Test
    void aNoticeWhoseDskidIsNotTheRegistrationsIsNeverApplied() throws Exception {
        registrationAnswers("20261123000017");
        String number = placeDskOrder();

        MockHttpServletResponse response = notice(paidNotice(number, "20261123999999", 3830, "1", "20261124101500"));

        assertThat(response.getContentAsString()).as("stored, so DSK stops resending").isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.asOperator().get("/api/admin/webhooks?status=FAILED").text()
                .contains("does not match the registration: dskid 20261123999999"));
        assertThat(status(number, 0)).isEqualTo("PENDING");
    }

    @Test
    void noticeForAnUnknownOrderIsListedAsFailed() throws Exception {
        MockHttpServletResponse response = notice(paidNotice("OD-999999", "20261123000099", 1000, "1", "20261124101500"));

        assertThat(response.getContentAsString()).isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.asOperator().get("/api/admin/webhooks?status=FAILED").text()
                .contains("OD-999999-1"));
    }

    @Test
    void noticeFromAnotherAddressIsRejectedAndChangesNothing() throws Exception {
        registrationAnswers("20261123000008");
        String number = placeDskOrder();

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/webhooks/dsk")
                .contentType("application/x-www-form-urlencoded")
                .content(paidNotice(number, "20261123000008", 3830, "1", "20261124101500").getBytes(DskForm.CHARSET))
                .with(request -> {
                    request.setRemoteAddr("198.51.100.9");
                    return request;
                })).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("STATUS=800");
        assertThat(status(number, 0)).isEqualTo("PENDING");
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/status")));
    }

    @Test
    void paidNoticeAfterTheCancelledOneDoesNotOverwriteIt() throws Exception {
        registrationAnswers("20261123000009");
        String number = placeDskOrder();

        notice(paidNotice(number, "20261123000009", 3830, "2", "20261124113000"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("CANCELLED"));
        notice(paidNotice(number, "20261123000009", 3830, "1", "20261124101500"));

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM payment_notifications WHERE status IN ('PROCESSED', 'IGNORED')", Long.class) == 2);
        assertThat(status(number, 0)).isEqualTo("CANCELLED");
    }

    @Test
    void confirmationOfAPaidPaymentChangesNothing() throws Exception {
        registrationAnswers("20261123000010");
        String number = placeDskOrder();
        notice(paidNotice(number, "20261123000010", 3830, "1", "20261124101500"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("PAID"));

        MockHttpServletResponse confirmed = notice(paidNotice(number, "20261123000010", 3830, "3", "20261124101500"));

        assertThat(confirmed.getContentAsString()).isEqualTo("<SENBDATA>STATUS=800</SENBDATA>");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM payment_notifications WHERE status IN ('PROCESSED', 'IGNORED')", Long.class) == 2);
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("PAID");
        assertThat(payment.at("/providerStatus").asString()).as("DSK's own word, distinct from 入金済み").isEqualTo("入金確定");
        assertThat(payment.at("/capturedAmount").asLong()).as("no second receipt").isEqualTo(3830);
        assertThat(historyOf(number)).contains("DSK 通知: 入金確定 3,830円");
    }

    @Test
    void paymentCancelledAfterItWasPaidCancelsAndFlagsIt() throws Exception {
        registrationAnswers("20261123000011");
        String number = placeDskOrder();
        notice(paidNotice(number, "20261123000011", 3830, "1", "20261124101500"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("PAID"));

        notice(paidNotice(number, "20261123000011", 3830, "2", "20261124120000"));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("CANCELLED"));
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("入金取消");
        assertThat(payment.at("/refundedAmount").asLong()).as("入金取消 is no refund").isZero();
        assertThat(payment.at("/capturedAmount").asLong()).as("the receipt is taken back").isZero();
        assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        assertThat(payment.at("/attentionReason").asString()).contains("was not received").contains("Cancel the order");
    }
}
