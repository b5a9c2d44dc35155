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
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi.Response;
import com.orderdesk.support.TestApi;
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
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
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
            if (response.statusCode() == 404) {
                return null; // Yamato holds no such transaction
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orderNo(JsonNode payment) {
        return payment.at("/providerOrderId").asString();
    }

    // ------------------------------------------------------------------ 注意点: 物販商品以外は取り扱えません

    @Test
    void anOrderWithDigitalGoodsIsRefusedUpFrontWithTheManualsReasonWhereverItComesFrom() {
        String ebook = "EBOOK-" + System.nanoTime();
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("lines");
        lines.get(1).put("productCode", ebook);
        lines.get(1).put("digital", true);
        order.put("paymentMethodCode", INVOICE);

        Response byOperator = api.asOperator().post("/api/admin/orders", order);
        Response byStore = store.post("/api/store/checkout", order);
        order.put("paymentMethodCode", SMS);
        Response byStoreSms = store.post("/api/store/checkout", order);

        for (Response refused : List.of(byOperator, byStore, byStoreSms)) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.json().at("/type").asString()).endsWith("provider-requirements-not-met");
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("lines[1].digital");
            assertThat(refused.json().at("/errors/0/message").asString()).contains("物販商品以外は取り扱えません");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM order_lines WHERE product_code = ?", Long.class, ebook))
                .as("nothing was written, so nothing reached Yamato").isZero();

        // An atobarai order edited to hold a digital line: refused, the order and its credit stay as they were.
        String number = place(INVOICE, Map.of());
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        Map<String, Object> download = TestOrders.line(ebook, 1100, 1, "STANDARD_10");
        download.put("digital", true);
        Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 1100, 2, "STANDARD_10"), download)));
        assertThat(edited.status()).as(edited.text()).isEqualTo(422);
        assertThat(edited.json().at("/errors/0/field").asString()).isEqualTo("lines[1].digital");
        awaitEventListeners();
        assertThat(latestPayment(number).at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(latestPayment(number).at("/amount").asLong()).isEqualTo(authorized.at("/amount").asLong());

        // An order with a digital line and no payment yet cannot be switched to atobarai either.
        order.remove("paymentMethodCode");
        String unpaid = api.asOperator().post("/api/admin/orders", order).json().at("/number").asString();
        Response switched = api.asOperator().patch("/api/admin/orders/" + unpaid, Map.of("paymentMethodCode", INVOICE));
        assertThat(switched.status()).as(switched.text()).isEqualTo(422);
        assertThat(switched.json().at("/errors/0/field").asString()).isEqualTo("lines[1].digital");
    }

    @Test
    void theStoreListingLeavesAtobaraiOutForACartWithADigitalLine() {
        assertThat(listed("amount=3300")).contains(INVOICE, SMS);
        assertThat(listed("amount=3300&digital=false")).contains(INVOICE, SMS);
        assertThat(listed("amount=3300&digital=true")).as("placing would be refused naming lines[i].digital")
                .doesNotContain(INVOICE, SMS);
    }

    private List<String> listed(String query) {
        Response listed = store.get("/api/store/payment-methods?" + query);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        return listed.json().findValuesAsString("code");
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
    void oneSlipCoversUpToThreeOrdersOfOneAddressPackedTogetherAndAFourthIsRefusedWithYamatosRule() {
        String slip = ShippingTestData.yamato(71234500101L);
        List<String> numbers = List.of(place(INVOICE, Map.of()), place(INVOICE, Map.of()), place(INVOICE, Map.of()),
                place(INVOICE, Map.of()));
        numbers.forEach(number -> awaitPayment(number, "AUTHORIZED"));
        ship(numbers.get(0), "YAMATO", slip);

        Response notShared = api.asOperator().post("/api/admin/orders/" + numbers.get(1) + "/shipments",
                ShippingTestData.shipment("YAMATO", slip));
        assertThat(notShared.status()).as(notShared.text()).isEqualTo(409);
        assertThat(notShared.json().at("/detail").asString()).contains(numbers.get(0)).contains("\"sharedSlip\": true");

        for (String number : numbers.subList(1, 3)) {
            Response shared = api.asOperator().post("/api/admin/orders/" + number + "/shipments", sharedSlip(slip));
            assertThat(shared.status()).as(shared.text()).isEqualTo(201);
        }
        for (String number : numbers.subList(0, 3)) {
            JsonNode captured = awaitPayment(number, "CAPTURED");
            assertThat(yamato(orderNo(captured)).at("/slip").asString()).as("Yamato holds the slip for " + number)
                    .isEqualTo(slip);
        }
        assertThat(historyOf(numbers.get(2))).anyMatch(line -> line.contains("同梱")
                && line.contains(numbers.get(0)) && line.contains(numbers.get(1)));

        Response fourth = api.asOperator().post("/api/admin/orders/" + numbers.get(3) + "/shipments", sharedSlip(slip));

        assertThat(fourth.status()).as(fourth.text()).isEqualTo(409);
        assertThat(fourth.json().at("/type").asString()).endsWith("shared-slip-refused");
        assertThat(fourth.json().at("/detail").asString()).contains("kaasl045E").contains("3件まで")
                .contains("4 orders");
        assertThat(api.asOperator().get("/api/admin/orders/" + numbers.get(3) + "/shipments").json().isEmpty())
                .as("nothing registered").isTrue();
        awaitEventListeners();
        assertThat(latestPayment(numbers.get(3)).at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(latestPayment(numbers.get(3)).at("/operations").valueStream()
                .noneMatch(op -> op.at("/kind").asString().equals("SHIPMENT_REPORT"))).as("nothing sent").isTrue();
    }

    @Test
    void aSharedSlipIsRefusedForAnotherAddressOrCarrierAndOnTheSameOrder() {
        String slip = ShippingTestData.yamato(71234500102L);
        String first = place(INVOICE, Map.of());
        Map<String, Object> elsewhere = new LinkedHashMap<>();
        for (String field : List.of("name", "kana", "phone", "postalCode", "prefecture", "city", "address2")) {
            elsewhere.put(field, TestOrders.customer().get(field));
        }
        elsewhere.put("address1", "9-9-9");
        String otherAddress = place(INVOICE, Map.of("delivery", elsewhere));
        awaitPayment(first, "AUTHORIZED");
        awaitPayment(otherAddress, "AUTHORIZED");
        ship(first, "YAMATO", slip);

        Response refused = api.asOperator().post("/api/admin/orders/" + otherAddress + "/shipments", sharedSlip(slip));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().at("/detail").asString()).contains("another delivery address").contains("address1");
        Map<String, Object> bySagawa = sharedSlip(slip);
        bySagawa.put("carrier", "SAGAWA");
        Response otherCarrier = api.asOperator().post("/api/admin/orders/" + otherAddress + "/shipments", bySagawa);
        assertThat(otherCarrier.status()).as(otherCarrier.text()).isEqualTo(409);
        Response sameOrder = api.asOperator().post("/api/admin/orders/" + first + "/shipments", sharedSlip(slip));
        assertThat(sameOrder.status()).as(sameOrder.text()).isEqualTo(409);
        assertThat(sameOrder.json().at("/type").asString()).endsWith("tracking-number-in-use");
        awaitEventListeners();
        assertThat(latestPayment(otherAddress).at("/status").asString()).isEqualTo("AUTHORIZED");
    }

    private static Map<String, Object> sharedSlip(String slip) {
        Map<String, Object> shipment = ShippingTestData.shipment("YAMATO", slip);
        shipment.put("sharedSlip", true);
        return shipment;
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
    void aFeeByAmountBandIsRecalculatedWhenTheTotalChangesAndYamatoGetsTheNewTotalOnce() {
        assertThat(api.asAdmin().delete("/api/admin/payment-methods/" + INVOICE).status()).isLessThan(300);
        Map<String, Object> banded = new LinkedHashMap<>();
        banded.put("code", "ATO-BAND");
        banded.put("name", "クロネコ後払い");
        banded.put("provider", "KURONEKO_ATOBARAI");
        banded.put("captureImmediately", false);
        banded.put("completionText", "-");
        banded.put("emailTitle", "-");
        banded.put("emailText", "-");
        banded.put("fee", Map.of("type", "BANDS", "taxCategory", "STANDARD_10", "bands", List.of(
                Map.of("fromAmount", 0, "fee", 200), Map.of("fromAmount", 3000, "fee", 300))));
        banded.put("options", Map.of("atobaraiType", "INVOICE"));
        Response created = api.asAdmin().post("/api/admin/payment-methods", banded);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        // 2×1,100 + 1,080 + shipping 550 = 3,830円 is in the 300円 band.
        String number = place("ATO-BAND", Map.of("paymentFee", 300));
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        assertThat(authorized.at("/amount").asLong()).isEqualTo(4130);

        Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("lines", List.of(TestOrders.line("TEA-001", 1000, 1, "STANDARD_10"))));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);

        // 1,000 + 550 = 1,550円 falls in the 200円 band: 1,750円 in all.
        await().atMost(Duration.ofSeconds(40)).until(() -> yamato(orderNo(authorized)).at("/total").asLong() == 1750);
        JsonNode order = api.asOperator().get("/api/admin/orders/" + number).json();
        assertThat(order.at("/paymentFee").asLong()).isEqualTo(200);
        assertThat(order.at("/totals/total").asLong()).isEqualTo(1750);
        awaitEventListeners();
        assertThat(latestPayment(number).at("/amount").asLong()).isEqualTo(1750);
        assertThat(latestPayment(number).at("/operations").valueStream()
                .filter(op -> op.at("/kind").asString().equals("CHANGE_AMOUNT")).count())
                .as("one KAAKK0010, for the total with the new fee").isEqualTo(1);
        assertThat(historyOf(number)).anyMatch(line -> line.contains("決済手数料 recalculated") && line.contains("300円 → 200円"));
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

    // ------------------------------------------------------------------ クロネコヤマト配送 (yamatoDeliveryMethods)

    /** The settings of {@link #simulatorSettingsAndMethods} with these options instead. */
    private void options(Map<String, String> options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", base + "/api/sandbox/kuroneko-atobarai");
        settings.put("options", options);
        settings.put("credentials", Map.of("ycfStrCode", "99999999999", "password", "sandbox1"));
        Response saved = api.asAdmin().put("/api/admin/providers/kuroneko-atobarai/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    }

    @Test
    void theYamatoDeliveryMethodsSettingDecidesBetweenAYamatoSlipAndOtherCarrierDelivery() {
        options(Map.of("yamatoDeliveryMethods", "YAMATO", "otherCarrier", "true"));
        String byYamato = place(INVOICE, Map.of());
        String bySagawa = place(INVOICE, Map.of("deliveryMethodCode", "SAGAWA-EXP"));
        awaitPayment(byYamato, "AUTHORIZED");
        JsonNode other = awaitPayment(bySagawa, "AUTHORIZED");

        ship(byYamato, "SAGAWA", ShippingTestData.yamato(20000000000L));
        ship(bySagawa, "YAMATO", SLIP);

        awaitPayment(bySagawa, "CAPTURED");
        assertThat(yamato(orderNo(other)).at("/slip").asString()).as("他社配送 processDiv=2 sends the orderNo")
                .isEqualTo(orderNo(other));
        awaitEventListeners();
        assertThat(latestPayment(byYamato).at("/status").asString()).as("a Yamato delivery method needs a Yamato slip")
                .isEqualTo("AUTHORIZED");
        assertThat(historyOf(byYamato)).anyMatch(line -> line.contains("YAMATO ships with Yamato")
                && line.contains("その他の配送会社を選択してしまうと決済の確定がされません"));
    }

    @Test
    void withoutTheOtherCarrierOptionAnOrderForAnotherDeliveryMethodIsRefusedBeforeTheCreditCheck() {
        options(Map.of("yamatoDeliveryMethods", "YAMATO"));

        String number = place(INVOICE, Map.of("deliveryMethodCode", "SAGAWA-EXP"));

        JsonNode failed = awaitPayment(number, "FAILED");
        JsonNode held = yamato(orderNo(failed));
        assertThat(held == null || held.at("/status").isMissingNode()).as("nothing was sent to Yamato").isTrue();
        assertThat(historyOf(number)).anyMatch(line -> line.contains("SAGAWA-EXP") && line.contains("他社配送"));
    }

    // ------------------------------------------------------------------ bulk 発送済み, payment cancels

    @Test
    void bulkMarkShippedSaysPerOrderWhichPaymentsWereNotCapturedAndWhy() {
        options(Map.of("yamatoDeliveryMethods", "YAMATO", "otherCarrier", "true"));
        String yamatoOrder = place(INVOICE, Map.of());
        String otherOrder = place(INVOICE, Map.of("deliveryMethodCode", "SAGAWA-EXP"));
        awaitPayment(yamatoOrder, "AUTHORIZED");
        awaitPayment(otherOrder, "AUTHORIZED");
        for (String number : List.of(yamatoOrder, otherOrder)) {
            assertThat(api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "PROCESSING"))
                    .status()).isEqualTo(200);
        }

        Response bulk = api.asOperator().post("/api/admin/orders/bulk/status",
                Map.of("numbers", List.of(yamatoOrder, otherOrder), "status", "SHIPPED"));

        assertThat(bulk.status()).as(bulk.text()).isEqualTo(200);
        assertThat(bulk.json().at("/succeeded").asInt()).isEqualTo(2);
        JsonNode results = bulk.json().at("/results");
        assertThat(results.get(0).at("/number").asString()).isEqualTo(yamatoOrder);
        assertThat(results.get(0).at("/warnings/0").asString()).contains("was not captured")
                .contains("一括操作で「発送済み」にしても売上確定はされません");
        assertThat(results.get(1).at("/warnings").isEmpty()).as("他社配送 is captured by 発送済み: nothing to warn of")
                .isTrue();
        awaitEventListeners();
        assertThat(latestPayment(yamatoOrder).at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(historyOf(yamatoOrder)).anyMatch(line -> line.contains("was not captured"));
        // The manual, 一括操作で売上確定をする (クロネコヤマト配送以外): the ticked 他社配送 order becomes 売上確定.
        JsonNode captured = awaitPayment(otherOrder, "CAPTURED");
        assertThat(yamato(orderNo(captured)).at("/slip").asString()).as("processDiv=2 sends the orderNo")
                .isEqualTo(orderNo(captured));
        assertThat(yamato(orderNo(captured)).at("/status").asString()).isEqualTo("3");
    }

    @Test
    void aSingleOtherCarrierOrderMarkedShippedIsReportedOnceAsOtherCarrierDelivery() {
        options(Map.of("yamatoDeliveryMethods", "YAMATO", "otherCarrier", "true"));
        String number = place(INVOICE, Map.of("deliveryMethodCode", "SAGAWA-EXP"));
        JsonNode authorized = awaitPayment(number, "AUTHORIZED");
        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "PROCESSING"))
                .status()).isEqualTo(200);

        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "SHIPPED"));

        assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);
        assertThat(shipped.text()).doesNotContain("was not captured");
        JsonNode captured = awaitPayment(number, "CAPTURED");
        assertThat(captured.at("/providerStatus").asString()).isEqualTo("送り状番号登録済");
        assertThat(yamato(orderNo(authorized)).at("/slip").asString()).isEqualTo(orderNo(authorized));
        // A shipment registered afterwards (the parcel's own number) changes nothing at Yamato and refuses nothing.
        ship(number, "SAGAWA", ShippingTestData.yamato(20000000001L));
        awaitEventListeners();
        assertThat(yamato(orderNo(authorized)).at("/slip").asString()).isEqualTo(orderNo(authorized));
        assertThat(latestPayment(number).at("/operations").valueStream()
                .filter(op -> op.at("/kind").asString().equals("SHIPMENT_REPORT"))
                .noneMatch(op -> op.at("/errorCode").isString())).as("no refused second report").isTrue();
        assertThat(latestPayment(number).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(latestPayment(number).at("/needsAttention").asBoolean()).isFalse();
    }

    @Test
    void cancellingThePaymentAloneLeavesTheOrderFlaggedNotSilentlyActive() {
        String number = place(INVOICE, Map.of());
        awaitPayment(number, "AUTHORIZED");

        Response cancelled = api.asOperator().post(commandUri(number, "cancel"), Map.of());

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        JsonNode payment = awaitPayment(number, "CANCELLED");
        assertThat(orderStatus(number)).as("the manual: 取消 and キャンセル are separate").isNotEqualTo("CANCELLED");
        assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        assertThat(payment.at("/attentionReason").asString()).contains("does not cancel the order");
        assertThat(api.asOperator().get("/api/admin/payments?needsAttention=true").text()).contains(number);

        // Cancelling the order later settles the flag: nothing is left for the operator to do.
        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED")).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(latestPayment(number)
                .at("/needsAttention").asBoolean()).isFalse());
        assertThat(latestPayment(number).at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(historyOf(number)).anyMatch(line -> line.contains("要確認 解消 (order cancelled)")
                && line.contains("does not cancel the order"));
        assertThat(api.asOperator().get("/api/admin/payments?needsAttention=true").text()).doesNotContain(number);

        // Cancelling the order cancels its payment: nothing is left to flag there.
        String other = place(INVOICE, Map.of());
        awaitPayment(other, "AUTHORIZED");
        assertThat(api.asOperator().post("/api/admin/orders/" + other + "/status", Map.of("status", "CANCELLED")).status())
                .isEqualTo(200);
        JsonNode followed = awaitPayment(other, "CANCELLED");
        assertThat(followed.at("/needsAttention").asBoolean()).isFalse();
        assertThat(yamato(orderNo(followed)).at("/status").asString()).as("KAACL0010 reached Yamato").isEqualTo("2");
        // The history says so: the order's cancellation, then the payment's 取消 that followed it.
        List<String> history = historyOf(other);
        assertThat(history).anyMatch(line -> line.contains(" 取消 ") && line.contains("成功"));
    }

    @Test
    void aCallWhoseOutcomeIsUnknownIsListedAsUnresolvedInTheErrorLogUntilSettled() {
        String number = place(INVOICE, Map.of());
        awaitPayment(number, "AUTHORIZED");
        // A cancel that left for Yamato and never came back (a timeout): sent, outcome unknown, and due
        // for reconciliation only later, so that it stays unresolved while the log is read.
        java.util.UUID call = java.util.UUID.randomUUID();
        jdbc.update("""
                INSERT INTO payment_operations (id, payment_id, kind, amount, outcome, actor, started_at, completed_at,
                    next_check_at)
                SELECT ?, id, 'CANCEL', amount, 'UNKNOWN', 'operator', now(), now(), now() + interval '1 day'
                FROM payments WHERE order_number = ?""", call, number);

        JsonNode log = api.asOperator().get("/api/admin/payments/errors?provider=KURONEKO_ATOBARAI").json();
        assertThat(log.at("/unresolvedCount").asLong()).isEqualTo(1);
        assertThat(log.at("/unresolved/0/orderNumber").asString()).isEqualTo(number);
        assertThat(log.at("/unresolved/0/kind").asString()).isEqualTo("CANCEL");
        assertThat(log.at("/unresolved/0/outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(api.asOperator().get("/api/admin/payments/errors?provider=GMO_PG").json().at("/unresolvedCount")
                .asLong()).isZero();
        // While it is unresolved no second call goes to Yamato for the payment.
        assertThat(api.asOperator().post(commandUri(number, "cancel"), Map.of()).text()).contains("still unresolved");

        jdbc.update("UPDATE payment_operations SET resolved_at = now(), resolution = 'operator checked' WHERE id = ?", call);
        assertThat(api.asOperator().get("/api/admin/payments/errors?provider=KURONEKO_ATOBARAI").json()
                .at("/unresolvedCount").asLong()).isZero();
    }

    @Test
    void aScreeningThatEndsInADeclineFlagsTheOpenOrder() {
        String number = place(INVOICE, customerNamed("審査 太郎"));
        JsonNode reviewing = awaitPayment(number, "UNDER_REVIEW");
        simulatorCall("POST", "/api/sandbox/kuroneko-atobarai/orders/" + orderNo(reviewing) + "/screening?result=1");

        clock.advance(Duration.ofMinutes(3));
        hooks.poll();

        JsonNode failed = awaitPayment(number, "FAILED");
        awaitEventListeners();
        assertThat(orderStatus(number)).isNotEqualTo("CANCELLED");
        assertThat(failed.at("/needsAttention").asBoolean()).as("never an open order on a dead payment, unflagged")
                .isTrue();
        assertThat(failed.at("/attentionReason").asString()).contains("another payment method");

        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED")).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(latestPayment(number)
                .at("/needsAttention").asBoolean()).as("the order is cancelled: the flag is settled").isFalse());
        assertThat(historyOf(number)).anyMatch(line -> line.contains("要確認 解消 (order cancelled)"));
    }

    @Test
    void aPartialShipmentIsReportedOnceAndTheRestShipsWithoutASecondReport() {
        String number = place(INVOICE, Map.of());
        awaitPayment(number, "AUTHORIZED");
        // Slips of their own: the simulator outlives each test and holds at most 3 orders per slip (kaasl045E).
        String slip = ShippingTestData.yamato(71234500001L);
        Map<String, Object> first = ShippingTestData.shipment("YAMATO", slip);
        first.put("lines", List.of(Map.of("lineNo", 1, "quantity", 2)));
        Response partial = api.asOperator().post("/api/admin/orders/" + number + "/shipments", first);
        assertThat(partial.status()).as(partial.text()).isEqualTo(201);
        JsonNode captured = awaitPayment(number, "CAPTURED");

        ship(number, "YAMATO", ShippingTestData.yamato(71234500002L));

        awaitEventListeners();
        assertThat(yamato(orderNo(captured)).at("/slip").asString()).as("the first slip stays the billed one")
                .isEqualTo(slip);
        long sent = latestPayment(number).at("/operations").valueStream()
                .filter(op -> op.at("/kind").asString().equals("SHIPMENT_REPORT") && !op.at("/errorCode").isNull()
                        && !op.at("/errorCode").isMissingNode())
                .count();
        assertThat(sent).as("no refused second report").isZero();
        assertThat(latestPayment(number).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(orderStatus(number)).isEqualTo("SHIPPED");
        assertThat(historyOf(number)).as("shipped by shipments: no uncaptured warning").noneMatch(line -> line.contains("was not captured"));
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

        @Bean
        SimulatorProblems simulatorProblems() {
            return new SimulatorProblems();
        }
    }

    /** The app's problem answers, as far as the bare simulator server needs them (a NotFound is a 404, not Tomcat's 500 page). */
    @RestControllerAdvice
    static class SimulatorProblems {

        @ExceptionHandler(ProblemException.class)
        ResponseEntity<ProblemDetail> problem(ProblemException refused) {
            HttpStatusCode status = HttpStatusCode.valueOf(refused.status());
            return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, refused.getMessage()));
        }
    }
}
