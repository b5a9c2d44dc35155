package com.orderdesk.payment.atobarai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import com.orderdesk.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kuroneko atobarai end to end through the REST API on PostgreSQL, against the built-in simulator
 * served over real HTTP (a small Tomcat holding only the simulator, on the test's moving clock):
 * the provider settings point at it (TEST environment), and payment methods {@code ATO}
 * (払込票タイプ) and {@code ATO-SMS} (スマホタイプ) are bound to the real adapter.
 */
class AtobaraiScenarioIntegrationTests extends PaymentIntegrationTestSupport {

    static final String INVOICE = "ATO";
    static final String SMS = "ATO-SMS";
    static final String SLIP = ShippingTestData.yamato(38971107401L);

    private static AnnotationConfigServletWebServerApplicationContext simulator;
    private static String base;

    @Autowired
    com.orderdesk.payment.internal.PaymentJobsNow hooks;

    private TestApi.Caller store;

    @BeforeEach
    void simulatorSettingsAndMethods() {
        startSimulator(clock);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", base + "/api/sandbox/kuroneko-atobarai");
        settings.put("options", Map.of("smartphoneType", "true", "otherCarrier", "true", "shippingLeadDays", "5"));
        settings.put("credentials", Map.of("ycfStrCode", "99999999999", "password", "sandbox1"));
        Response saved = api.asAdmin().put("/api/admin/providers/kuroneko-atobarai/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        method(INVOICE, "クロネコ後払い", "INVOICE");
        method(SMS, "クロネコ後払いスマホタイプ", "SMARTPHONE");
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        store = api.withApiKey(key);
    }

    private void method(String code, String name, String type) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", name);
        method.put("provider", "KURONEKO_ATOBARAI");
        method.put("captureImmediately", false);
        method.put("completionText", "請求書は商品とは別に郵送されます。");
        method.put("emailTitle", "クロネコ代金後払い");
        method.put("emailText", "請求書到着後14日以内にお支払いください。");
        method.put("options", Map.of("atobaraiType", type));
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private static synchronized void startSimulator(TestClock clock) {
        if (simulator == null) {
            simulator = new AnnotationConfigServletWebServerApplicationContext();
            simulator.registerBean(Clock.class, () -> clock);
            simulator.register(SimulatorServer.class);
            simulator.refresh();
            base = "http://127.0.0.1:" + simulator.getWebServer().getPort();
        }
    }

    @AfterAll
    static void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @AfterEach
    void eventsSettled() {
        awaitEventListeners();
    }

    @Test
    void oneEnabledPaymentMethodPerPaymentTypeAsTheManualSays() {
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("code", "ATO-2");
        second.put("name", "後払い (2)");
        second.put("provider", "KURONEKO_ATOBARAI");
        second.put("captureImmediately", false);
        second.put("completionText", "-");
        second.put("emailTitle", "-");
        second.put("emailText", "-");
        second.put("options", Map.of("atobaraiType", "INVOICE"));

        Response refused = api.asAdmin().post("/api/admin/payment-methods", second);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("options");
        assertThat(refused.text()).contains(INVOICE).contains("one enabled payment method per kind");

        second.put("options", Map.of("atobaraiType", "POSTCARD"));
        assertThat(api.asAdmin().post("/api/admin/payment-methods", second).text()).contains("atobaraiType");

        assertThat(api.asAdmin().delete("/api/admin/payment-methods/" + INVOICE).status()).isLessThan(300);
        second.put("options", Map.of("atobaraiType", "INVOICE"));
        Response created = api.asAdmin().post("/api/admin/payment-methods", second);
        assertThat(created.status()).as("after 停止 of the first one").isEqualTo(201);
    }

    // ------------------------------------------------------------------ helpers

    private String place(String method, Map<String, Object> changes) {
        Map<String, Object> order = TestOrders.order();
        order.putAll(changes);
        order.put("paymentMethodCode", method);
        Response placed = api.asOperator().post("/api/admin/orders", order);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    private static Map<String, Object> customerNamed(String name) {
        Map<String, Object> customer = TestOrders.customer();
        customer.put("name", name);
        return Map.of("customer", customer);
    }

    private Response checkout(String method) {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", method);
        Response placed = store.post("/api/store/checkout", body);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed;
    }

    private JsonNode awaitPayment(String number, String status) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(latestPayment(number).at("/status").asString())
                .isEqualTo(status));
        return latestPayment(number);
    }

    private JsonNode latestPayment(String number) {
        JsonNode all = paymentsOf(number);
        return all.isEmpty() ? tools.jackson.databind.node.MissingNode.getInstance() : all.get(all.size() - 1);
    }

    private String orderStatus(String number) {
        return api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString();
    }

    private String ship(String number, String carrier, String slip) {
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                ShippingTestData.shipment(carrier, slip));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        return shipped.json().at("/id").asString();
    }

    /** The simulator's view of a transaction (what Yamato holds). */
    private static JsonNode yamato(String orderNo) {
        return simulatorCall("GET", "/api/sandbox/kuroneko-atobarai/orders/" + orderNo);
    }

    /** Something happens on Yamato's side or screen. */
    private static void yamatoSets(String orderNo, String status) {
        simulatorCall("POST", "/api/sandbox/kuroneko-atobarai/orders/" + orderNo + "/status?to=" + status);
    }

    private static JsonNode simulatorCall(String method, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return JsonMapper.builder().build().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orderNo(JsonNode payment) {
        return payment.at("/providerOrderId").asString();
    }

    // ------------------------------------------------------------------ 払込票タイプ

    @Test
    void anInvoiceTypeCreditCheckAuthorizesAndAYamatoShipmentCapturesOnce() {
        String number = place(INVOICE, Map.of());
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        assertThat(authorized.at("/providerStatus").asString()).isEqualTo("与信");
        assertThat(yamato(orderNo(authorized)).at("/status").asString()).isEqualTo("1");

        ship(number, "YAMATO", SLIP);

        JsonNode captured = awaitPayment(number, "CAPTURED");
        assertThat(captured.at("/providerStatus").asString()).isEqualTo("送り状番号登録済");
        assertThat(captured.at("/capturedAmount").asLong()).isEqualTo(captured.at("/amount").asLong());
        assertThat(yamato(orderNo(captured)).at("/slip").asString()).isEqualTo(SLIP);
        assertThat(yamato(orderNo(captured)).at("/status").asString()).isEqualTo("3");
    }

    @Test
    void aDeclinedCreditCheckFailsThePaymentWithTheReasonAndKeepsTheOrder() {
        String number = place(INVOICE, customerNamed("不可 太郎"));

        JsonNode failed = awaitPayment(number, "FAILED");

        assertThat(failed.at("/providerStatus").asString()).isEqualTo("ご利用不可");
        assertThat(historyOf(number)).anyMatch(line -> line.contains("ご利用不可"));
        awaitEventListeners();
        assertThat(orderStatus(number)).isNotEqualTo("CANCELLED");
    }

    @Test
    void aScreeningInProgressIsResolvedByPollingKaars0010() {
        String number = place(INVOICE, customerNamed("審査 太郎"));
        JsonNode reviewing = awaitPayment(number, "UNDER_REVIEW");
        assertThat(reviewing.at("/nextAction/type").asString()).isEqualTo("AWAIT_REVIEW");

        hooks.poll();
        assertThat(awaitPayment(number, "UNDER_REVIEW").at("/providerStatus").asString()).isEqualTo("審査中");
        clock.advance(Duration.ofMinutes(3));
        hooks.poll();

        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        assertThat(authorized.at("/nextAction/type").asString()).isEqualTo("NONE");
    }

    // ------------------------------------------------------------------ スマホタイプ

    @Test
    void theSmartphoneTypeWaitsForTheSmsCodeAndAWrongCodeKeepsAttempts() {
        Response placed = checkout(SMS);
        String number = placed.json().at("/order/number").asString();
        assertThat(placed.json().at("/payment/status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(placed.json().at("/payment/nextAction/type").asString()).isEqualTo("SMS_CHECK");

        Response wrong = reviewStep(store, number, "0000");
        assertThat(wrong.json().at("/result").asString()).as(wrong.text()).isEqualTo("WRONG_INPUT");
        assertThat(wrong.json().at("/attemptsLeft").asInt()).isEqualTo(2);

        Response right = reviewStep(store, number, "1234");
        assertThat(right.json().at("/result").asString()).as(right.text()).isEqualTo("PASSED");
        assertThat(right.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(historyOf(number)).noneMatch(line -> line.contains("1234"));
    }

    @Test
    void thirtyMinutesWithoutTheCodeFailThePaymentAndCancelTheOrderWithOneMail() throws Exception {
        // The shop's default mail templates, as their migration writes them (the tables were emptied).
        try (var script = getClass().getResourceAsStream("/db/migration/V161__mail_default_templates.sql")) {
            jdbc.execute(new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        Response placed = checkout(SMS);
        String number = placed.json().at("/order/number").asString();

        clock.advance(Duration.ofMinutes(29));
        hooks.failOverdueReviews();
        assertThat(awaitPayment(number, "UNDER_REVIEW")).isNotNull();
        clock.advance(Duration.ofMinutes(2));
        hooks.failOverdueReviews();

        assertThat(awaitPayment(number, "FAILED")).isNotNull();
        await().atMost(Duration.ofSeconds(15)).until(() -> orderStatus(number).equals("CANCELLED"));
        assertThat(historyOf(number)).anyMatch(line -> line.contains("審査不成立 (TIMED_OUT)"));
        awaitEventListeners();
        List<String> mails = jdbc.queryForList("SELECT trigger_event FROM mail_messages WHERE order_number = ?", String.class, number);
        assertThat(mails).as("the manual: キャンセルメール only").containsOnlyOnce("CANCELLED").doesNotContain("PAYMENT_FAILED");
    }

    @Test
    void goingBackFromTheSmsCheckCancelsTheOrder() {
        String number = checkout(SMS).json().at("/order/number").asString();

        Response back = store.post("/api/store/orders/" + number + "/payment/review", Map.of("input", Map.of("action", "back")));

        assertThat(back.json().at("/result").asString()).as(back.text()).isEqualTo("FAILED");
        await().atMost(Duration.ofSeconds(15)).until(() -> orderStatus(number).equals("CANCELLED"));
        assertThat(historyOf(number)).anyMatch(line -> line.contains("審査不成立 (ABANDONED)"));
    }

    // ------------------------------------------------------------------ capture, cancel, amount

    @Test
    void anotherCarrierIsReportedAsOtherCarrierDelivery() {
        String number = place(INVOICE, Map.of());
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");

        ship(number, "SAGAWA", ShippingTestData.yamato(20000000000L));

        awaitPayment(number, "CAPTURED");
        assertThat(yamato(orderNo(authorized)).at("/slip").asString()).as("processDiv=2 sends the orderNo")
                .isEqualTo(orderNo(authorized));
    }

    @Test
    void aChangedSlipIsReportedAgainAndADeletionAfterTheReportIsRefused() {
        String number = place(INVOICE, Map.of());
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        String shipment = ship(number, "YAMATO", SLIP);
        awaitPayment(number, "CAPTURED");
        String second = ShippingTestData.yamato(12345678901L);

        Response changed = api.asOperator().patch("/api/admin/orders/" + number + "/shipments/" + shipment,
                Map.of("trackingNumber", second));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> second.equals(yamato(orderNo(authorized)).at("/slip").asString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> latestPayment(number).at("/operations").valueStream()
                .allMatch(op -> !op.at("/completedAt").isNull() && !op.at("/completedAt").isMissingNode()));

        Response deleted = api.asOperator().delete("/api/admin/orders/" + number + "/shipments/" + shipment);
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(409);
        assertThat(deleted.json().at("/detail").asString()).contains("not public");
    }

    @Test
    void cancellingThePaymentTellsYamatoAndIsRefusedOnceTheShopperPaid() {
        String number = place(INVOICE, Map.of());
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        Response cancelled = api.asOperator().post(commandUri(number, "cancel"), Map.of());
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(awaitPayment(number, "CANCELLED")).isNotNull();
        assertThat(yamato(orderNo(authorized)).at("/status").asString()).isEqualTo("2");

        String paid = place(INVOICE, Map.of());
        JsonNode paidPayment = awaitPayment(paid, "AUTHORIZED");
        ship(paid, "YAMATO", SLIP);
        awaitPayment(paid, "CAPTURED");
        yamatoSets(orderNo(paidPayment), "12");
        Response refused = api.asOperator().post(commandUri(paid, "cancel"), Map.of());
        assertThat(refused.text()).contains("kaacl015E");
        assertThat(awaitPayment(paid, "CAPTURED")).isNotNull();

        // 決済エラーログ: Yamato's refusal is listed across payments with its code and meaning.
        JsonNode log = api.asOperator().get("/api/admin/payments/errors?provider=KURONEKO_ATOBARAI").json();
        assertThat(log.at("/errorCount").asLong()).isEqualTo(1);
        assertThat(log.at("/errors/0/orderNumber").asString()).isEqualTo(paid);
        assertThat(log.at("/errors/0/providerCode").asString()).isEqualTo("kaacl015E");
        assertThat(log.at("/errors/0/message").asString()).contains("入金済のため取消できません");
        assertThat(log.at("/errors/0/kind").asString()).isEqualTo("CANCEL");
        assertThat(log.at("/unresolvedCount").asLong()).isZero();
        assertThat(api.asOperator().get("/api/admin/payments/errors?provider=GMO_PG").json().at("/errorCount").asLong())
                .isZero();
    }

    @Test
    void lowerOrderTotalsChangeTheAmountAtYamatoAndHigherOnesRecheckCredit() {
        String number = place(INVOICE, Map.of());
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        long first = authorized.at("/amount").asLong();

        Response lower = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 1000, 1, "STANDARD_10"))));
        assertThat(lower.status()).as(lower.text()).isEqualTo(200);
        long lowered = lower.json().at("/totals/total").asLong();
        await().atMost(Duration.ofSeconds(40)).until(() -> yamato(orderNo(authorized)).at("/total").asLong() == lowered);
        assertThat(lowered).isLessThan(first);

        Response higher = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 5000, 1, "STANDARD_10"))));
        assertThat(higher.status()).as(higher.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(40)).until(() -> paymentsOf(number).size() == 2);
        assertThat(awaitPayment(number, "AUTHORIZED").at("/amount").asLong()).isGreaterThan(first);
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aB2ImportCapturesEachOrderOnceAndAReimportCapturesNothingTwice() {
        Map<String, Object> yamatoMethod = new LinkedHashMap<>();
        yamatoMethod.put("code", "YAMATO");
        yamatoMethod.put("name", "宅急便");
        yamatoMethod.put("carrier", "YAMATO");
        yamatoMethod.put("fee", Map.of("type", "FLAT", "amount", 800));
        yamatoMethod.put("dateWishAllowed", true);
        yamatoMethod.put("timeSlotWishAllowed", true);
        yamatoMethod.put("paymentMethodCodes", List.of());
        Response method = api.asAdmin().post("/api/admin/delivery-methods", yamatoMethod);
        assertThat(method.status()).as(method.text()).isEqualTo(201);
        String first = place(INVOICE, Map.of());
        String second = place(INVOICE, Map.of());
        JsonNode firstPayment = awaitPayment(first, "AUTHORIZED");
        awaitPayment(second, "AUTHORIZED");

        Response export = api.asOperator().download("/api/admin/shipments/b2-export");
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        java.nio.charset.Charset cp932 = java.nio.charset.Charset.forName("windows-31j");
        StringBuilder issued = new StringBuilder();
        for (String line : new String(export.raw().getContentAsByteArray(), cp932).split("\r\n")) {
            List<String> row = new java.util.ArrayList<>(List.of(line.substring(1, line.length() - 1).split("\",\"", -1)));
            if (row.get(0).equals(first) || row.get(0).equals(second)) {
                row.set(3, ShippingTestData.yamato(row.get(0).equals(first) ? 38971107401L : 12345678901L));
            }
            issued.append(String.join(",", row.stream().map(field -> "\"" + field + "\"").toList())).append("\r\n");
        }
        byte[] file = issued.toString().getBytes(cp932);

        Response imported = api.asOperator().postFile("/api/admin/shipments/b2-import", "file", "issued.csv", file);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        awaitPayment(first, "CAPTURED");
        awaitPayment(second, "CAPTURED");
        assertThat(yamato(orderNo(firstPayment)).at("/slip").asString()).isEqualTo(ShippingTestData.yamato(38971107401L));

        Response again = api.asOperator().postFile("/api/admin/shipments/b2-import", "file", "issued.csv", file);
        assertThat(again.status()).as(again.text()).isLessThan(500);
        awaitEventListeners();
        for (String number : List.of(first, second)) {
            JsonNode operations = latestPayment(number).at("/operations");
            long reports = operations.valueStream().filter(op -> op.at("/kind").asString().equals("SHIPMENT_REPORT")).count();
            assertThat(reports).as("one shipment report for " + number).isEqualTo(1);
        }
    }

    // ------------------------------------------------------------------ Yamato's screen, via the poller

    @Test
    void whatIsDoneOnYamatosScreenShowsUpAsDriftAndAWithdrawnApprovalFailsThePayment() {
        String cancelled = place(INVOICE, Map.of());
        JsonNode first = awaitPayment(cancelled, "AUTHORIZED");
        String withdrawn = place(INVOICE, Map.of());
        JsonNode second = awaitPayment(withdrawn, "AUTHORIZED");
        yamatoSets(orderNo(first), "2");
        yamatoSets(orderNo(second), "32");

        clock.advance(Duration.ofMinutes(10));
        hooks.poll();

        JsonNode drift = awaitPayment(cancelled, "CANCELLED");
        assertThat(drift.at("/attentionReason").asString()).contains("provider's console");
        JsonNode failed = awaitPayment(withdrawn, "FAILED");
        assertThat(failed.at("/needsAttention").asBoolean()).isTrue();
        assertThat(failed.at("/attentionReason").asString()).contains("withdrew its credit approval");
    }

    /**
     * Only the atobarai simulator behind a real Tomcat, on the test's clock. Not a
     * {@code @Configuration}: a nested one would replace the application's in this test's context.
     */
    @EnableWebMvc
    @ComponentScan(basePackages = "com.orderdesk.payment.atobarai.sandbox")
    static class SimulatorServer {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            return new TomcatServletWebServerFactory(0);
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }
    }
}
