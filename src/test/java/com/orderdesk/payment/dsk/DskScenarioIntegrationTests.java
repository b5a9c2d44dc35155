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
import com.orderdesk.payment.ReadyToShip;
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
    private static final DskWireMock wireMock = new DskWireMock();
    private static final WireMockServer dsk = wireMock.server();

    @Autowired
    private MockMvc mvc;

    @BeforeAll
    static void startDsk() {
        wireMock.start();
    }

    @AfterAll
    static void stopDsk() {
        wireMock.stop();
    }

    @BeforeEach
    void dskSettingsAndMethod() {
        wireMock.configure(api, TENANT, DSK_METHOD, Map.of("paymentDeadlineDays", "5"));
    }

    /** Lets the order events of this test finish before the next one empties the tables under them. */
    @AfterEach
    void eventsSettled() {
        settled();
    }

    private static String selectionUrl(String dskId) {
        return DskWireMock.selectionUrl(dskId);
    }

    private static void registrationAnswers(String... dskIds) {
        wireMock.registrationAnswers(dskIds);
    }

    private static void answers(String path, String reply) {
        wireMock.answers(path, reply);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder dskReply(String body) {
        return DskWireMock.reply(body);
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
        return DskWireMock.notice(mvc, body);
    }

    private static String paidNotice(String number, String dskId, long amount, String datakbn, String paydate) {
        return DskWireMock.noticeBody(number + "-1", dskId, amount, datakbn, paydate);
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
        return dskOrderPaying(dskId, 3830, "PAID");
    }

    /** Places a DSK order of 3,830円 and lets DSK's notice of a payment of {@code paid} move it to {@code status}. */
    private String dskOrderPaying(String dskId, long paid, String status) throws Exception {
        registrationAnswers(dskId);
        String number = placeDskOrder();
        notice(paidNotice(number, dskId, paid, "1", "20261124101500"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals(status));
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
        List<String> history = historyOf(number);
        assertThat(history).filteredOn(line -> line.startsWith("DSK 再発行")).singleElement().asString()
                .startsWith("DSK 再発行 3,830円 → 3,850円 (attempt 1 → 2)");
        assertThat(history).as("the re-issue is one line: no separate cancel, registration or start line")
                .noneMatch(line -> line.startsWith("DSK 取消") || line.startsWith("DSK 決済登録 3,850円")
                        || line.contains("attempt 2)"));
        assertThat(history).as("a DSK registration is no card 仮売上").noneMatch(line -> line.contains("仮売上"))
                .anyMatch(line -> line.startsWith("DSK 決済登録 3,830円"));
    }

    @Test
    void aReissueWhoseCancelAnswerWasLostIsFinishedOnceTheRepeatedCancelConfirmsIt() {
        registrationAnswers("20261123000019", "20261123000020");
        String number = reissueWhoseCancelAnswerIsLostThen("result=0&message=");
        assertThat(payments(number)).as("no re-issue while the cancel is unknown").hasSize(1);

        // DSK has no status query: reconciliation sends the cancel again, which DSK answers 0 when done.
        jdbc.update("UPDATE payment_operations SET next_check_at = now() - interval '1 second' WHERE kind = 'CANCEL'");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(payments(number)).hasSize(2).last()
                .satisfies(attempt -> assertThat(attempt.at("/nextAction/type").asString()).isEqualTo("PAYMENT_PAGE")));

        List<JsonNode> attempts = payments(number);
        assertThat(attempts.get(0).at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(attempts.get(1).at("/amount").asLong()).isEqualTo(3850);
        assertThat(correlationOf(attempts.get(1), "AUTHORIZE")).isEqualTo(correlationOf(attempts.get(0), "CANCEL"));
        assertThat(historyOf(number)).filteredOn(line -> line.startsWith("DSK 再発行")).singleElement().asString()
                .startsWith("DSK 再発行 3,830円 → 3,850円 (attempt 1 → 2)");
        dsk.verify(2, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    @Test
    void aReissueWhoseRepeatedCancelIsRefusedLeavesTheFirstPaymentFlaggedAndNoSecondOne() {
        registrationAnswers("20261123000021", "20261123000022");
        // -1: the shopper paid meanwhile, so DSK refuses the cancel for good.
        String number = reissueWhoseCancelAnswerIsLostThen("result=-1&message=");

        jdbc.update("UPDATE payment_operations SET next_check_at = now() - interval '1 second' WHERE kind = 'CANCEL'");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(payments(number).getFirst().at("/operations")
                .valueStream().filter(op -> op.at("/kind").asString().equals("CANCEL"))).singleElement()
                .satisfies(op -> assertThat(op.at("/outcome").asString()).isNotEqualTo("UNKNOWN")));

        List<JsonNode> attempts = payments(number);
        assertThat(attempts).as("no new registration for a payment DSK did not cancel").hasSize(1);
        JsonNode payment = attempts.getFirst();
        assertThat(payment.at("/status").asString()).isEqualTo("PENDING");
        assertThat(payment.at("/amount").asLong()).isEqualTo(3830);
        assertThat(payment.at("/attentionReason").asString()).as("the reason the re-issue stopped")
                .contains("re-issue's cancel was refused by DSK").contains("no new payment was registered")
                .contains("stays at 3,830円").doesNotContain("unknown");
        assertThat(historyOf(number)).noneMatch(line -> line.startsWith("DSK 再発行"));
        assertThat(payment.at("/operations").valueStream().map(op -> op.at("/outcome").asString()))
                .as("nothing left open for reconciliation").doesNotContain("UNKNOWN");
        dsk.verify(2, postRequestedFor(urlEqualTo("/paperless/cancel")));
        ReadyToShip.await(api, number, false);
    }

    /** A DSK order edited to 3,850円: the re-issue's cancel answer is lost, DSK answers {@code repeated} when it is sent again. */
    private String reissueWhoseCancelAnswerIsLostThen(String repeated) {
        dsk.stubFor(post(urlEqualTo("/paperless/cancel")).inScenario("lost cancel").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(dskReply("result=-99&message=")).willSetStateTo("sent again"));
        dsk.stubFor(post(urlEqualTo("/paperless/cancel")).inScenario("lost cancel").whenScenarioStateIs("sent again")
                .willReturn(dskReply(repeated)));
        String number = placeDskOrder();

        Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 1100, 3, "STANDARD_10"))));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(payments(number).getFirst().at("/operations")
                .valueStream().filter(op -> op.at("/kind").asString().equals("CANCEL"))).singleElement()
                .satisfies(op -> assertThat(op.at("/outcome").asString()).isEqualTo("UNKNOWN")));
        return number;
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
        // The order learns it too, once every payment event reached it: 金額不一致 is no payment to ship on.
        settled();
        JsonNode view = api.asOperator().get("/api/admin/orders/" + number).json();
        assertThat(view.at("/payment/status").asString()).as("the order's view of its payment").isEqualTo("AMOUNT_MISMATCH");
        assertThat(view.at("/payment/statusWord").asString()).isEqualTo("金額不一致");
        ReadyToShip.await(api, number, false);
    }

    /** Places a DSK order of 3,830円 and lets DSK's notice of a 3,000円 payment make it AMOUNT_MISMATCH. */
    private String mismatchedDskOrder(String dskId) throws Exception {
        return dskOrderPaying(dskId, 3000, "AMOUNT_MISMATCH");
    }

    /** Waits until every event published so far has reached its listeners. */
    private void settled() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication", Long.class) == 0);
    }

    @Test
    void editingTheOrderToWhatTheShopperPaidSettlesTheMismatchAndAnotherTotalKeepsIt() throws Exception {
        String number = mismatchedDskOrder("20261123000033");

        // The shop accepts what the shopper paid: the order is edited to 3,000円 (2,450円 + 550円 shipping).
        Response accepted = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 2450, 1, "STANDARD_10"))));

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().at("/totals/total").asLong()).isEqualTo(3000);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("PAID"));
        JsonNode payment = payments(number).getFirst();
        assertThat(payment.at("/amount").asLong()).as("billed = the order's total = what was paid").isEqualTo(3000);
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(3000);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("入金済み");
        assertThat(payment.at("/needsAttention").asBoolean()).isFalse();
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("DSK 金額一致: order total changed to 3,000円"));
        settled();
        ReadyToShip.await(api, number, true);

        // Edited once more to another total: 金額不一致 again, billed the new total, flagged with the difference.
        Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 2550, 1, "STANDARD_10"))));

        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("AMOUNT_MISMATCH"));
        JsonNode mismatched = payments(number).getFirst();
        assertThat(mismatched.at("/amount").asLong()).isEqualTo(3100);
        assertThat(mismatched.at("/providerStatus").asString()).isEqualTo("金額不一致");
        assertThat(mismatched.at("/attentionReason").asString()).contains("請求 3,100円 / 入金 3,000円 / 差額 -100円");
        settled();
        ReadyToShip.await(api, number, false);
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    @Test
    void recordingAMismatchedPaymentAsCancelledBooksThePaidAmountAndClearsWordAndFlag() throws Exception {
        String number = mismatchedDskOrder("20261123000018");

        Response recorded = api.asOperator().post("/api/admin/orders/" + number + "/payment/mark-payment-cancelled",
                Map.of("reason", "refunded 3,000円 by bank transfer"));

        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        JsonNode payment = payments(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(payment.at("/providerStatus").asString()).as("金額不一致 no longer describes it").isEqualTo("取消");
        assertThat(payment.at("/needsAttention").asBoolean()).isFalse();
        assertThat(payment.at("/refundedAmount").asLong()).as("what was paid went back").isEqualTo(3000);
        assertThat(payment.at("/operations").valueStream().filter(op -> op.at("/kind").asString().equals("MANUAL")))
                .singleElement().satisfies(op -> assertThat(op.at("/amount").asLong()).isEqualTo(3000));
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("DSK 入金取消を記録 3,000円 (入金額; 請求 3,830円) by "));
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
        assertThat(payment.at("/attentionReason").asString()).contains("was not received").contains("Cancel the order")
                .as("入金取消 is DSK's own notice, not a change made in a console").doesNotContain("console");
        assertThat(historyOf(number)).filteredOn(line -> line.startsWith("DSK 要確認")).singleElement().asString()
                .contains("Cancel the order");

        // The operator does what the flag says (the manual: 受注をキャンセルする等): the flag has done its job.
        Response cancelled = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !payments(number).getFirst().at("/needsAttention").asBoolean());
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("DSK 要確認 解消 (order cancelled)"));
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    @Test
    void cancellingAnOrderWhosePaymentIsPaidIsRefusedAtOnceUnlessTheRefundOutsideIsRecorded() throws Exception {
        String number = paidDskOrder("20261123000021");

        Response refused = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().at("/detail").asString()).contains("PAID (入金済み)").contains("refundedOutside")
                .contains("Refund the shopper outside OrderDesk");
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString()).isEqualTo("NEW");
        assertThat(payments(number).getFirst().at("/needsAttention").asBoolean()).as("nothing flagged later").isFalse();

        Response cancelled = api.asOperator().post("/api/admin/orders/" + number + "/status",
                Map.of("status", "CANCELLED", "refundedOutside", "refunded by bank transfer on 11/25"));

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("CANCELLED"));
        JsonNode payment = payments(number).getFirst();
        assertThat(payment.at("/operations").valueStream().filter(op -> op.at("/kind").asString().equals("MANUAL")))
                .singleElement().satisfies(op -> assertThat(op.at("/resolution").asString())
                        .contains("refunded by bank transfer on 11/25"));
        assertThat(payment.at("/needsAttention").asBoolean()).isFalse();
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    @Test
    void editingAPaidOrdersTotalMakesThePaymentAmountMismatchAndTheOrderNotReadyToShip() throws Exception {
        String number = paidDskOrder("20261123000022");

        Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 1100, 3, "STANDARD_10"))));

        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("AMOUNT_MISMATCH"));
        JsonNode payment = payments(number).getFirst();
        assertThat(payment.at("/amount").asLong()).as("billed = the order's new total").isEqualTo(3850);
        assertThat(payment.at("/capturedAmount").asLong()).as("paid").isEqualTo(3830);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("金額不一致");
        assertThat(payment.at("/attentionReason").asString()).contains("請求 3,850円 / 入金 3,830円 / 差額 -20円");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.asOperator()
                .get("/api/admin/orders?readyToShip=true&number=" + number).json().at("/items").isEmpty());
        dsk.verify(0, postRequestedFor(urlEqualTo("/paperless/cancel")));
    }

    @Test
    void aPaymentAmountChangedAloneHoldsTheOrderBackFromShippingEvenOncePaid() throws Exception {
        registrationAnswers("20261123000031", "20261123000032");
        answers("/paperless/cancel", "result=0&message=");
        String number = placeDskOrder();

        Response changed = api.asOperator().post("/api/admin/orders/" + number + "/payment/change-amount",
                Map.of("amount", 3000));

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().at("/payment/attempt").asInt()).as("DSK re-issues the payment").isEqualTo(2);
        assertThat(changed.json().at("/payment/needsAttention").asBoolean()).isTrue();
        assertThat(changed.json().at("/payment/attentionReason").asString())
                .contains("3,000円 differs from the order total 3,830円").contains("not ready to ship");
        String orderId = changed.json().at("/payment/references/orderid").asString();

        // The shopper pays exactly what the re-issue asks: 入金済み, yet the order still says 3,830円.
        notice(DskWireMock.noticeBody(orderId, "20261123000032", 3000, "1", "20261124101500"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 1).equals("PAID"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "PAID".equals(
                api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
        // PAID alone does not make an order whose total disagrees shippable.
        ReadyToShip.await(api, number, false);
        Response shipment = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                com.orderdesk.shipping.ShippingTestData.shipment("YAMATO",
                        com.orderdesk.shipping.ShippingTestData.yamato(12345678902L)));
        assertThat(shipment.status()).as(shipment.text()).isEqualTo(409);
        assertThat(shipment.json().at("/detail").asString()).contains("differs from the order total 3,830円");
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "SHIPPED"));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(409);

        // The operator accepts the difference (a discount agreed by phone): the order may ship again.
        Response resolved = api.asOperator().post("/api/admin/orders/" + number + "/payment/attention/resolve",
                Map.of("reason", "830円 discount agreed by phone"));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        ReadyToShip.await(api, number, true);
        Response shippedNow = api.asOperator().post("/api/admin/orders/" + number + "/status",
                Map.of("status", "SHIPPED"));
        assertThat(shippedNow.status()).as(shippedNow.text()).isEqualTo(200);
    }

    @Test
    void anUnpaidStorePaymentDoesNotShip() {
        registrationAnswers("20261123000023");
        String number = placeDskOrder();

        Response shipment = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                com.orderdesk.shipping.ShippingTestData.shipment("YAMATO",
                        com.orderdesk.shipping.ShippingTestData.yamato(12345678901L)));
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "SHIPPED"));

        assertThat(shipment.status()).as(shipment.text()).isEqualTo(409);
        assertThat(shipment.json().at("/detail").asString()).contains("PENDING (未入金)").contains("shipBeforePayment");
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(409);
        assertThat(historyOf(number)).noneMatch(line -> line.startsWith("Shipment registered"));
    }

    @Test
    void aMethodThatAllowsShippingBeforePaymentShipsWithAWarning() {
        Response method = api.asAdmin().post("/api/admin/payment-methods", Map.of("code", "DSK-WARN",
                "name", "コンビニ払い (後払い発送)", "provider", "DSK", "captureImmediately", false,
                "options", Map.of("shipBeforePayment", "warn")));
        assertThat(method.status()).as(method.text()).isEqualTo(201);
        registrationAnswers("20261123000024");
        String number = placeOrder("DSK-WARN");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(number, 0).equals("PENDING")
                && payments(number).getFirst().at("/nextAction/type").asString().equals("PAYMENT_PAGE"));

        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "SHIPPED"));

        assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("警告: shipped before payment")
                && line.contains("未入金"));
    }

    @Test
    void theOrderListAndViewShowTheProvidersWordBesideTheUnifiedStatus() throws Exception {
        String number = paidDskOrder("20261123000025");

        JsonNode view = api.asOperator().get("/api/admin/orders/" + number).json();
        JsonNode row = api.asOperator().get("/api/admin/orders?number=" + number).json().at("/items/0");

        assertThat(view.at("/payment/status").asString()).isEqualTo("PAID");
        assertThat(view.at("/payment/statusWord").asString()).isEqualTo("入金済み");
        assertThat(row.at("/paymentStatus").asString()).isEqualTo("PAID");
        assertThat(row.at("/paymentStatusWord").asString()).isEqualTo("入金済み");
        assertThat(payments(number).getFirst().at("/statusWord").asString()).isEqualTo("入金済み");
    }

    @Test
    void anUnknownPaymentStatusFilterIsRefusedNamingTheAllowedValues() {
        Response refused = api.asOperator().get("/api/admin/orders?paymentStatus=UNPAID");

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("paymentStatus");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("PENDING", "PAID", "AMOUNT_MISMATCH");
        assertThat(api.asOperator().get("/api/admin/orders?paymentStatus=paid").status()).isEqualTo(200);
    }

    @Test
    void unpaidStorePaymentsWhoseDeadlineEndsSoonAreListed() {
        registrationAnswers("20261123000026");
        String number = placeDskOrder();

        JsonNode within = api.asOperator().get("/api/admin/payments/unpaid-expiring?withinDays=6").json();
        JsonNode tooEarly = api.asOperator().get("/api/admin/payments/unpaid-expiring?withinDays=2").json();

        assertThat(within.at("/payments").findValuesAsString("orderNumber")).contains(number);
        assertThat(tooEarly.at("/payments").findValuesAsString("orderNumber")).as("due in 5 days").doesNotContain(number);
        assertThat(api.asOperator().get("/api/admin/payments/unpaid-expiring?withinDays=-1").status()).isEqualTo(400);
    }
}
