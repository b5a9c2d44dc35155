package com.orderdesk.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentTestConfiguration;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestClock;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

/**
 * Subscriptions end to end: the whole application on a real port, so that the GMO-PG and DSK
 * adapters talk HTTP to the built-in sandbox simulators, on PostgreSQL, with the test clock moved
 * through the calendar.
 * The scheduled generator is off; tests run it through the admin API as the schedule would.
 * Payment methods CARD (GMO-PG) and CVS (DSK) and a registered customer exist before each test; the
 * payment core's scripted test provider is there for a provider that refuses subscriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orderdesk.subscriptions.generation-cron=-")
@Import(PaymentTestConfiguration.class)
// A spy (real calls unless a test stubs one; reset after each test) for the generator's crash test,
// declared here and on PerfHarnessSmokeIntegrationTests so that all of them share one context.
@MockitoSpyBean(types = PaymentManagement.class)
abstract class SubscriptionIntegrationTestSupport extends IntegrationTestSupport {

    static final String CARD = "CARD";
    static final String CVS = "CVS";

    @Autowired
    TestClock clock;

    String customerId;

    @BeforeEach
    void methodsAndCustomer() {
        setDate(LocalDate.of(2028, 1, 20));
        createMethod(CARD, "クレジットカード", "GMO_PG", Map.of());
        createMethod(CVS, "コンビニ払い", "DSK", Map.of("paymentDeadlineDays", "5"));
        Map<String, Object> customer = new LinkedHashMap<>(Map.of("name", "山田 太郎", "email", "taro.yamada@example.jp",
                "phone", "03-1234-5678"));
        Response created = api.asOperator().post("/api/admin/customers", customer);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        customerId = created.json().at("/id").asString();
    }

    /** Moves the application's clock to 09:00 Japan time on {@code date}. */
    void setDate(LocalDate date) {
        clock.travelTo(date.atTime(LocalTime.of(9, 0)).atZone(ShopTime.ZONE).toInstant());
    }

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    void createMethod(String code, String name, String provider, Map<String, String> options) {
        Response created = api.asAdmin().post("/api/admin/payment-methods", method(code, name, provider, options));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    static Map<String, Object> method(String code, String name, String provider, Map<String, String> options) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", name);
        method.put("provider", provider);
        method.put("captureImmediately", false);
        method.put("options", options);
        return method;
    }

    /** Stores a card at the GMO-PG sandbox under a fresh one-time token (one containing "decline" is declined whenever used). */
    String storeCard(String token) {
        token = token + "_" + java.util.UUID.randomUUID();
        Response stored = api.asOperator().post("/api/admin/customers/" + customerId + "/cards", Map.of("token", token));
        assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        return stored.json().at("/cardId").asString();
    }

    /** A subscription body: 2 × 1,080 yen (8%) + 550 yen shipping = 2,710 yen per order. */
    Map<String, Object> subscription(String paymentMethodCode, Map<String, Object> interval) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("customer", TestOrders.customer());
        body.put("paymentMethodCode", paymentMethodCode);
        body.put("lines", new ArrayList<>(List.of(TestOrders.line("TEA-001", 1080, 2, "REDUCED_8"))));
        body.put("shippingFee", 550);
        body.put("interval", interval);
        return body;
    }

    static Map<String, Object> interval(String unit, int every) {
        return new LinkedHashMap<>(Map.of("unit", unit, "every", every));
    }

    String start(Map<String, Object> body) {
        Response created = api.asOperator().post("/api/admin/subscriptions", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/number").asString();
    }

    /** Runs the generator for the clock's day through the admin API; returns the order numbers placed. */
    List<String> runGenerator() {
        Response run = api.asOperator().post("/api/admin/subscriptions/generation/runs", Map.of());
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        return run.json().at("/orderNumbers").valueStream().map(JsonNode::asString).toList();
    }

    JsonNode subscriptionOf(String number) {
        return api.asOperator().get("/api/admin/subscriptions/" + number).json();
    }

    JsonNode ordersOf(String number) {
        return api.asOperator().get("/api/admin/subscriptions/" + number + "/orders").json();
    }

    List<String> historyOf(String number) {
        return api.asOperator().get("/api/admin/subscriptions/" + number + "/history").json().valueStream()
                .map(entry -> entry.at("/description").asString()).toList();
    }

    JsonNode paymentsOfOrder(String orderNumber) {
        return api.asOperator().get("/api/admin/orders/" + orderNumber + "/payments").json().at("/payments");
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
