package com.orderdesk.payment.kakebarai.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.customer.BuyerAccounts;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.kakebarai.wire.KakebaraiForm;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * クロネコ掛け払い end to end through the REST API on PostgreSQL: the provider settings point at the
 * built-in simulator's rules served on a loopback port (TEST environment), a payment method
 * {@code KAKEBARAI} is bound to the real adapter, and a storefront member goes the manual's way:
 * buyer group, application, screening, availability, checkout, shipment report, withdrawal, cancel.
 */
class KakebaraiScenarioIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String METHOD_CODE = "KAKEBARAI";
    private static final String GROUP = "kakebarai";
    private static HttpServer server;
    private static KakebaraiSimulator simulator;

    @Autowired
    private BuyerAccounts buyerAccounts;

    private Caller store;

    @BeforeAll
    static void startSimulator() throws IOException {
        simulator = new KakebaraiSimulator(Clock.systemUTC());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String api = path.replaceAll("^/(AN0[0-9]0)APIAction\\.action$", "$1");
            byte[] reply = simulator.answer(api, KakebaraiForm.CODEC.decode(exchange.getRequestBody().readAllBytes()));
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(reply == null ? 404 : 200, reply == null ? -1 : reply.length);
            if (reply != null) {
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(reply);
                }
            }
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopSimulator() {
        server.stop(0);
    }

    @BeforeEach
    void settingsMethodGroupAndStore() {
        settings(Map.of("onlyGroupMembers", "true", "buyerGroup", GROUP, "productCode", "FIRST_TEN"));
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", METHOD_CODE);
        method.put("name", "クロネコ掛け払い");
        method.put("provider", "KURONEKO_KAKEBARAI");
        method.put("captureImmediately", false);
        method.put("fee", Map.of("type", "FIXED", "amount", 330, "taxCategory", "STANDARD_10", "label", ""));
        method.put("completionText", "請求書はヤマトクレジットファイナンスから月末締めでお送りします。");
        method.put("emailTitle", "クロネコ掛け払い");
        method.put("emailText", "月末締め翌月請求です。");
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Response group = api.asAdmin().post("/api/admin/customer-groups", Map.of("code", GROUP, "name", "クロネコ掛け払い取引先"));
        assertThat(group.status()).as(group.text()).isEqualTo(201);
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        store = api.withApiKey(key);
    }

    @AfterEach
    void eventsSettled() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class) == 0);
    }

    private void settings(Map<String, String> options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", "http://127.0.0.1:" + server.getAddress().getPort());
        settings.put("options", options);
        settings.put("credentials", Map.of("traderCode", "999999999", "password", "sandboxpass"));
        Response saved = api.asAdmin().put("/api/admin/providers/kuroneko-kakebarai/settings", settings);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    }

    private String member(String email) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", "山田 太郎");
        customer.put("kana", "ヤマダ タロウ");
        customer.put("email", email);
        customer.put("phone", "03-1234-5678");
        customer.put("company", "山田商事");
        Response created = store.post("/api/store/customers", customer);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/id").asString();
    }

    private void intoBuyerGroup(String customerId) {
        Response changed = api.asOperator().post("/api/admin/customers/bulk/groups",
                Map.of("changes", List.of(Map.of("customerId", customerId, "add", List.of(GROUP)))));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    }

    static Map<String, Object> application(String type, String companyName) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("type", type);
        if (type.equals("CORPORATION")) {
            application.put("legalForm", 1);
            application.put("legalFormPosition", "BEFORE_NAME");
            application.put("capital", 1000);
        }
        application.put("companyName", companyName);
        application.put("companyKana", "ヤマダショウジ");
        application.put("postalCode", "150-0001");
        application.put("address", "東京都渋谷区神宮前１－２－３");
        application.put("phone", "03-1234-5678");
        application.put("industryCode", "5811");
        application.put("founded", "200004");
        Map<String, Object> representative = new LinkedHashMap<>();
        representative.put("familyName", "山田");
        representative.put("givenName", "太郎");
        representative.put("familyNameKana", "ヤマダ");
        representative.put("givenNameKana", "タロウ");
        application.put("representative", representative);
        application.put("invoiceDestination", Map.of("kind", "SAME_AS_BUYER"));
        application.put("paymentMethod", "BANK_TRANSFER");
        return application;
    }

    private List<String> methodsFor(String customerId) {
        JsonNode list = store.get("/api/store/payment-methods?amount=5000" + (customerId == null ? "" : "&customerId=" + customerId)).json();
        List<String> codes = new ArrayList<>();
        list.forEach(method -> codes.add(method.at("/code").asString()));
        return codes;
    }

    /** A kakebarai order of the buyer company 山田商事: one line of {@code quantity} × {@code unitPrice}. */
    private static Map<String, Object> orderBody(String customerId, long unitPrice, int quantity) {
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.put("company", "山田商事");
        order.put("customerId", customerId);
        order.put("paymentMethodCode", METHOD_CODE);
        order.put("lines", new ArrayList<>(List.of(TestOrders.line("TEA-GREEN-0001", unitPrice, quantity, "STANDARD_10"))));
        return order;
    }

    private String order(String customerId, long unitPrice, int quantity) {
        Response placed = api.asOperator().post("/api/admin/orders", orderBody(customerId, unitPrice, quantity));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    private JsonNode payment(String number, int attempt) {
        return api.asOperator().get("/api/admin/orders/" + number + "/payments").json().at("/payments").get(attempt);
    }

    private String settledStatus(String number) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            JsonNode payments = api.asOperator().get("/api/admin/orders/" + number + "/payments").json().at("/payments");
            return payments.size() > 0 && !payments.get(0).at("/status").asString().equals("PENDING");
        });
        return payment(number, 0).at("/status").asString();
    }

    @Test
    void aBuyerAppliesIsApprovedSeesTheMethodPaysShipsAndIsBilled() {
        String customer = member("sales@yamada-shoji.example.jp");
        assertThat(methodsFor(null)).as("a guest never sees kakebarai").doesNotContain(METHOD_CODE);
        assertThat(methodsFor(customer)).as("not in the buyer group, not applied").doesNotContain(METHOD_CODE);

        intoBuyerGroup(customer);
        Response applied = store.post("/api/store/customers/" + customer + "/kakebarai", application("CORPORATION", "山田商事"));

        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        assertThat(applied.json().at("/buyerId").asString()).hasSizeLessThanOrEqualTo(20).startsWith("OD");
        assertThat(applied.json().at("/screeningStatus").asString()).isEqualTo("ご利用可");
        assertThat(applied.json().at("/approved").asBoolean()).isTrue();
        assertThat(methodsFor(customer)).as("approved, in the group, AN050 利用可").contains(METHOD_CODE);
        JsonNode offered = null;
        for (JsonNode method : store.get("/api/store/payment-methods?amount=5000&customerId=" + customer).json()) {
            offered = method.at("/code").asString().equals(METHOD_CODE) ? method : offered;
        }
        assertThat(offered).isNotNull();
        assertThat(offered.at("/fee").asLong()).isEqualTo(330);
        assertThat(offered.at("/feeLabel").asString()).as("手数料名 left blank").isEqualTo("支払手数料");
        assertThat(offered.at("/completionText").asString()).contains("月末締め");
        JsonNode admin = api.asOperator().get("/api/admin/customers/" + customer + "/kakebarai").json();
        assertThat(admin.at("/account/availability").asString()).isEqualTo("利用可");
        assertThat(admin.at("/calls").findValuesAsString("call")).contains("APPLY", "SCREENING_STATUS", "AVAILABILITY");

        String number = order(customer, 11000, 2);
        assertThat(settledStatus(number)).isEqualTo("AUTHORIZED");
        JsonNode payment = payment(number, 0);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("登録");
        assertThat(payment.at("/references/orderNo").asString()).isEqualTo(number + "-1");

        Response unflagged = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                Map.of("carrier", "YAMATO", "trackingNumber", "1234-5678-9013"));
        assertThat(unflagged.status()).as(unflagged.text()).isEqualTo(201);
        awaitEventListeners();
        assertThat(payment(number, 0).at("/status").asString()).as("not ticked: not reported").isEqualTo("AUTHORIZED");
        api.asOperator().delete("/api/admin/orders/" + number + "/shipments/" + unflagged.json().at("/id").asString());
        awaitEventListeners();

        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                Map.of("carrier", "YAMATO", "trackingNumber", "1234-5678-9024", "reportToPaymentProvider", true));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).until(() -> payment(number, 0).at("/status").asString().equals("CAPTURED"));

        Response deleted = api.asOperator().delete("/api/admin/orders/" + number + "/shipments/" + shipped.json().at("/id").asString());
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> payment(number, 0).at("/status").asString().equals("AUTHORIZED"));

        Response cancelled = api.asOperator().post("/api/admin/orders/" + number + "/payment/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(payment(number, 0).at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text()).doesNotContain("sandboxpass");
    }

    @Test
    void aPartialShipmentIsRefusedWithTheReasonAndTheShipmentThatCompletesTheOrderIsReported() {
        String customer = member("1111@example.jp");
        intoBuyerGroup(customer);
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        Map<String, Object> buyer = (Map<String, Object>) order.get("customer");
        buyer.put("company", "山田商事");
        order.put("customerId", customer);
        order.put("paymentMethodCode", METHOD_CODE);
        Response placed = api.asOperator().post("/api/admin/orders", order);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String number = placed.json().at("/number").asString();
        assertThat(settledStatus(number)).isEqualTo("AUTHORIZED");

        Response first = api.asOperator().post("/api/admin/orders/" + number + "/shipments", Map.of("carrier", "YAMATO",
                "trackingNumber", "1234-5678-9013", "reportToPaymentProvider", true,
                "lines", List.of(Map.of("lineNo", 1, "quantity", 2))));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(payment(number, 0).at("/attentionReason")
                .asString()).contains("not fully shipped"));
        assertThat(payment(number, 0).at("/status").asString()).isEqualTo("AUTHORIZED");

        Response second = api.asOperator().post("/api/admin/orders/" + number + "/shipments", Map.of("carrier", "YAMATO",
                "trackingNumber", "1234-5678-9024", "reportToPaymentProvider", true));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).until(() -> payment(number, 0).at("/status").asString().equals("CAPTURED"));
    }

    @Test
    void anApplicationIsCheckedFieldByFieldAndNothingIsStoredWhenItFails() {
        String customer = member("owner@yamada-shoten.example.jp");
        Map<String, Object> sole = application("SOLE_PROPRIETOR", "山田商店");
        sole.put("phone", "0312345678");

        Response refused = store.post("/api/store/customers/" + customer + "/kakebarai", sole);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors").findValuesAsString("field"))
                .contains("phone", "representative.address", "representative.postalCode");
        assertThat(store.get("/api/store/customers/" + customer + "/kakebarai").status()).isEqualTo(404);
    }

    @Test
    void anIncompleteApplicationWaitsAndAnOperatorRefreshShowsTheNewJudgement() {
        String customer = member("info@fubi.example.jp");
        intoBuyerGroup(customer);

        Response applied = store.post("/api/store/customers/" + customer + "/kakebarai", application("CORPORATION", "不備商事"));

        assertThat(applied.json().at("/screeningStatus").asString()).isEqualTo("申込不備");
        assertThat(applied.json().at("/approved").asBoolean()).isFalse();
        assertThat(applied.json().at("/settled").asBoolean()).as("polled while not final").isFalse();
        assertThat(methodsFor(customer)).doesNotContain(METHOD_CODE);

        simulator.judgement(applied.json().at("/buyerId").asString(), "ご利用可");
        Response refreshed = api.asOperator().post("/api/admin/customers/" + customer + "/kakebarai/refresh", Map.of());

        assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
        assertThat(refreshed.json().at("/screeningStatus").asString()).isEqualTo("ご利用可");
        assertThat(methodsFor(customer)).contains(METHOD_CODE);
    }

    @Test
    void anUnknownScreeningWordIsKeptAsItCameNeverApprovedAndPolledUntilFinal() {
        String customer = member("info@shinsa.example.jp");
        intoBuyerGroup(customer);

        Response applied = store.post("/api/store/customers/" + customer + "/kakebarai", application("CORPORATION", "審査中商事"));

        assertThat(applied.json().at("/screeningStatus").asString()).isEqualTo("審査中");
        assertThat(applied.json().at("/approved").asBoolean()).isFalse();
        assertThat(methodsFor(customer)).doesNotContain(METHOD_CODE);

        simulator.judgement(applied.json().at("/buyerId").asString(), "ご利用不可");
        jdbc.update("UPDATE customer_buyer_accounts SET next_check_at = now() - interval '1 minute'");
        buyerAccounts.pollDue();

        JsonNode polled = store.get("/api/store/customers/" + customer + "/kakebarai").json();
        assertThat(polled.at("/screeningStatus").asString()).isEqualTo("ご利用不可");
        assertThat(polled.at("/settled").asBoolean()).isTrue();
        assertThat(polled.at("/nextCheckAt").isNull() || polled.at("/nextCheckAt").isMissingNode()).isTrue();
    }

    @Test
    void testBuyersAreLinkedByEmailAndASuspendedOneIsNotOffered() {
        String approved = member("1111@example.jp");
        String suspended = member("3333@example.jp");
        intoBuyerGroup(approved);
        intoBuyerGroup(suspended);

        assertThat(store.get("/api/store/customers/" + approved + "/kakebarai").json().at("/buyerId").asString()).isEqualTo("1111");
        assertThat(methodsFor(approved)).contains(METHOD_CODE);
        assertThat(methodsFor(suspended)).as("3333 is suspended in the simulator: AN050 利用不可").doesNotContain(METHOD_CODE);
        assertThat(api.asOperator().get("/api/admin/customers/" + suspended + "/kakebarai").json()
                .at("/account/availability").asString()).isEqualTo("利用不可");
        assertThat(store.get("/api/store/customers/" + member("5555@example.jp") + "/kakebarai").status()).isEqualTo(404);
    }

    @Test
    void overTheCreditLineTheCheckoutFailsWithTheReason() {
        String customer = member("1111@example.jp");
        intoBuyerGroup(customer);

        String number = order(customer, 110000, 6);

        assertThat(settledStatus(number)).isEqualTo("FAILED");
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text()).contains("G55");
    }

    private Response checkout(String customerId, long unitPrice, int quantity) {
        Map<String, Object> body = orderBody(customerId, unitPrice, quantity);
        body.put("paymentFee", 330);
        Response placed = store.post("/api/store/checkout", body);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed;
    }

    @Test
    void aStoreCheckoutRegistersWithinTheLineOrFailsWithTheReasonAndYamatoRefusesToCancelABilledOrder() {
        String customer = member("1111@example.jp");
        intoBuyerGroup(customer);
        store.get("/api/store/customers/" + customer + "/kakebarai");

        Response within = checkout(customer, 11000, 2);
        Response over = checkout(customer, 110000, 6);

        assertThat(within.json().at("/payment/status").asString()).as(within.text()).isEqualTo("AUTHORIZED");
        assertThat(within.json().at("/payment/completionText").asString()).contains("月末締め");
        assertThat(over.json().at("/payment/status").asString()).as(over.text()).isEqualTo("FAILED");
        assertThat(over.json().at("/payment/declineCode").asString()).as("over the buyer's credit line").isEqualTo("G55");
        assertThat(over.json().at("/payment/declineMessage").asString()).isNotBlank();

        String number = within.json().at("/order/number").asString();
        assertThat(api.asOperator().get("/api/admin/orders?paymentMethod=" + METHOD_CODE).json().at("/items")
                .findValuesAsString("number")).as("注文 → クロネコ掛け払い: the order list by payment method").contains(number);
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                Map.of("carrier", "YAMATO", "trackingNumber", "1234-5678-9024", "reportToPaymentProvider", true));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(15)).until(() -> payment(number, 0).at("/status").asString().equals("CAPTURED"));

        Response refused = api.asOperator().post("/api/admin/orders/" + number + "/payment/cancel", Map.of());

        assertThat(refused.text()).as("Yamato's own reason: a reported (billed) order is not cancellable").contains("B020005");
        assertThat(payment(number, 0).at("/status").asString()).isEqualTo("CAPTURED");
    }

    @Test
    void withTheGroupOptionOffAnApprovedBuyerOutsideTheGroupIsOfferedTheMethod() {
        String customer = member("1111@example.jp");
        store.get("/api/store/customers/" + customer + "/kakebarai");
        assertThat(methodsFor(customer)).as("option on, not in the group").doesNotContain(METHOD_CODE);

        settings(Map.of("onlyGroupMembers", "false", "buyerGroup", GROUP, "productCode", "FIRST_TEN"));

        assertThat(methodsFor(customer)).as("option off: approved and 利用可 is enough").contains(METHOD_CODE);
        assertThat(methodsFor(null)).as("never a guest").doesNotContain(METHOD_CODE);
    }

    @Test
    void anAmountChangeIsCancelAndReRegistrationAndARefusalForTheLineFlagsThePayment() {
        String customer = member("2222@example.jp");
        intoBuyerGroup(customer);
        String number = order(customer, 110000, 5);
        assertThat(settledStatus(number)).isEqualTo("AUTHORIZED");

        Response plan = api.asOperator().post("/api/admin/orders/" + number + "/payment/change-amount",
                Map.of("amount", 660_550, "dryRun", true));

        assertThat(plan.status()).as(plan.text()).isEqualTo(200);
        assertThat(plan.json().at("/plan/strategy").asString()).isEqualTo("CANCEL_AND_REISSUE");
        assertThat(plan.json().at("/plan/steps/0").asString()).contains("AN020");
        assertThat(plan.json().at("/plan/steps/1").asString()).contains("AN010").contains("660,550円");
        assertThat(payment(number, 0).at("/status").asString()).as("a dry run changes nothing").isEqualTo("AUTHORIZED");

        // The order grows past the buyer's 600,000円 line: cancel + re-registration, refused for the line.
        Response edited = api.asOperator().patch("/api/admin/orders/" + number, Map.of("lines",
                List.of(Map.of("productCode", "TEA-GREEN-0001", "productName", "Product TEA-GREEN-0001",
                        "unitPrice", 110000, "quantity", 6, "taxCategory", "STANDARD_10"))));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(payment(number, 0).at("/status").asString()).isEqualTo("CANCELLED");
            assertThat(payment(number, 0).at("/attentionReason").asString()).contains("G55");
        });
        assertThat(payment(number, 1).at("/status").asString()).isEqualTo("FAILED");
    }

    @Test
    void theBuyerAccountIsPartOfTheCustomerForOperatorsAndTheStore() {
        String customer = member("1111@example.jp");
        String plain = member("someone@example.jp");
        intoBuyerGroup(customer);
        String buyerId = store.get("/api/store/customers/" + customer + "/kakebarai").json().at("/buyerId").asString();

        for (JsonNode view : List.of(api.asOperator().get("/api/admin/customers/" + customer).json(),
                store.get("/api/store/customers/" + customer).json())) {
            assertThat(view.at("/buyerAccount/buyerId").asString()).isEqualTo(buyerId);
            assertThat(view.at("/buyerAccount/screeningStatus").asString()).as("the provider's own words").isEqualTo("ご利用可");
            assertThat(view.at("/buyerAccount/checkedAt").asString()).as("when AN070 was last asked").isNotBlank();
            assertThat(view.at("/buyerAccount/updatedAt").asString()).isNotBlank();
        }
        assertThat(api.asOperator().get("/api/admin/customers/" + plain).json().at("/buyerAccount").isNull()).isTrue();
        assertThat(store.get("/api/store/customers/" + plain).json().at("/buyerAccount").isNull()).isTrue();
    }

    @Test
    void twoMethodListingsWithinAMinuteAskAn050Once() {
        String customer = member("1111@example.jp");
        intoBuyerGroup(customer);
        store.get("/api/store/customers/" + customer + "/kakebarai");

        assertThat(methodsFor(customer)).contains(METHOD_CODE);
        assertThat(methodsFor(customer)).contains(METHOD_CODE);

        JsonNode calls = api.asOperator().get("/api/admin/customers/" + customer + "/kakebarai").json().at("/calls");
        assertThat(calls.findValuesAsString("call").stream().filter("AVAILABILITY"::equals)).hasSize(1);
    }

    /** Puts the order's first attempt back to PENDING, as if its AN010 had to be sent again. */
    private void backToPending(String number, boolean earlierSendUnanswered) {
        jdbc.update("UPDATE payments SET status = 'PENDING', provider_status = NULL WHERE order_number = ?", number);
        if (earlierSendUnanswered) {
            // What reconciliation leaves when it gives up on a lost answer.
            jdbc.update("UPDATE payment_operations SET outcome = 'UNKNOWN' WHERE payment_id IN"
                    + " (SELECT id FROM payments WHERE order_number = ?)", number);
        } else {
            jdbc.update("DELETE FROM payment_operations WHERE payment_id IN (SELECT id FROM payments WHERE order_number = ?)",
                    number);
        }
    }

    @Test
    void aDuplicateOrderNumberIsOursOnlyAfterAnUnansweredSendOtherwiseAnOperatorLooks() {
        String customer = member("1111@example.jp");
        intoBuyerGroup(customer);
        String ours = order(customer, 1000, 1);
        String foreign = order(customer, 1000, 1);
        assertThat(settledStatus(ours)).isEqualTo("AUTHORIZED");
        assertThat(settledStatus(foreign)).isEqualTo("AUTHORIZED");
        backToPending(ours, true);
        backToPending(foreign, false);

        Response resent = api.asOperator().post("/api/admin/orders/" + ours + "/payment/authorize", Map.of());
        Response unexplained = api.asOperator().post("/api/admin/orders/" + foreign + "/payment/authorize", Map.of());

        assertThat(resent.status()).as(resent.text()).isEqualTo(201);
        assertThat(payment(ours, 0).at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment(ours, 0).at("/needsAttention").asBoolean()).isFalse();
        assertThat(unexplained.status()).as(unexplained.text()).isEqualTo(201);
        JsonNode flagged = payment(foreign, 0);
        assertThat(flagged.at("/status").asString()).as("never AUTHORIZED on a registration OrderDesk did not send")
                .isEqualTo("PENDING");
        assertThat(flagged.at("/needsAttention").asBoolean()).isTrue();
        assertThat(flagged.at("/attentionReason").asString()).contains("A020004").contains("never sent");
        assertThat(api.asOperator().get("/api/admin/payments?needsAttention=true").text()).contains(foreign);
    }

    @Test
    void settingsRefuseAMerchantCodeThatIsNotNineDigits() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("enabled", true);
        settings.put("environment", "TEST");
        settings.put("baseUrl", "http://127.0.0.1:" + server.getAddress().getPort());
        settings.put("options", Map.of("productCode", "LAST_TEN"));
        settings.put("credentials", Map.of("traderCode", "12345", "password", "x"));

        Response refused = api.asAdmin().put("/api/admin/providers/kuroneko-kakebarai/settings", settings);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("credentials.traderCode", "options.productCode");
        assertThat(api.asAdmin().get("/api/admin/providers/kuroneko-kakebarai/settings").text()).doesNotContain("sandboxpass");
    }
}
