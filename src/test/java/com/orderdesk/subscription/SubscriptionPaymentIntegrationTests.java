package com.orderdesk.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * A declined stored card (seed 001: the order is created anyway, 「カード未決済」, and the customer is
 * guided to another payment method), the operator's two ways forward, and the store API.
 */
@RecordApplicationEvents
class SubscriptionPaymentIntegrationTests extends SubscriptionIntegrationTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ScriptedGateway gateway;

    @BeforeEach
    void scriptedGateway() {
        gateway.reset();
    }

    private String declinedSubscription() {
        String card = storeCard("tok_sandbox_decline");
        var body = subscription(CARD, interval("MONTHS", 1));
        body.put("storedCardId", card);
        return start(body);
    }

    @Test
    void aDeclinedCardStillCreatesTheOrderAsCardUnpaidFindableWithTheReasonAndTheOperatorSwitchesItToConvenienceStore() {
        String number = declinedSubscription();

        List<String> placed = runGenerator();

        assertThat(placed).hasSize(1);
        String order = placed.get(0);
        JsonNode cycle = ordersOf(number).get(0);
        assertThat(cycle.at("/paymentStatus").asString()).isEqualTo("FAILED");
        assertThat(cycle.at("/paymentLabel").asString()).isEqualTo("カード未決済");
        assertThat(cycle.at("/declineCode").asString()).contains("42G020000");
        JsonNode unpaid = api.asOperator().get("/api/admin/subscription-orders?paymentStatus=FAILED").json();
        assertThat(unpaid.valueStream().map(row -> row.at("/orderNumber").asString())).containsExactly(order);
        assertThat(unpaid.get(0).at("/subscriptionNumber").asString()).isEqualTo(number);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.asOperator()
                .get("/api/admin/orders?paymentStatus=FAILED&reference=" + number).json().at("/items/0/number")
                .asString()).isEqualTo(order));
        assertThat(api.asOperator().get("/api/admin/orders/" + order + "/history").json().valueStream()
                .map(line -> line.at("/description").asString())).anyMatch(line -> line.startsWith("カード未決済"));
        assertThat(events.stream(SubscriptionPaymentDeclined.class)).singleElement().satisfies(declined -> {
            assertThat(declined.orderNumber()).isEqualTo(order);
            assertThat(declined.customerEmail()).isEqualTo("taro.yamada@example.jp");
            assertThat(declined.declineCode()).contains("42G020000");
        });

        Response switched = api.asOperator().patch("/api/admin/orders/" + order, Map.of("paymentMethodCode", CVS));
        assertThat(switched.status()).as(switched.text()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode now = ordersOf(number).get(0);
            assertThat(now.at("/paymentMethodCode").asString()).isEqualTo(CVS);
            assertThat(now.at("/paymentStatus").asString()).isEqualTo("PENDING");
            assertThat(now.at("/paymentLabel").asString()).isEqualTo("未入金");
            assertThat(now.at("/nextActionUrl").asString()).startsWith("http");
        });
        assertThat(paymentsOfOrder(order)).hasSize(2);
        assertThat(count("orders")).isEqualTo(1);
    }

    @Test
    void afterTheCustomerStoresANewCardTheOperatorSetsItAndRetriesTheDeclinedOrder() {
        String number = declinedSubscription();
        String order = runGenerator().get(0);
        String newCard = storeCard("tok_sandbox_renewed");

        Response changed = api.asOperator().post("/api/admin/subscriptions/" + number + "/payment-method",
                Map.of("paymentMethodCode", CARD, "storedCardId", newCard));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        Response retried = api.asOperator().post("/api/admin/subscriptions/" + number + "/orders/1/retry-payment",
                Map.of());

        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json().at("/status").asString()).isEqualTo("AUTHORIZED");
        JsonNode cycle = ordersOf(number).get(0);
        assertThat(cycle.at("/paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(cycle.at("/paymentLabel").asString()).isEqualTo("仮売上");
        assertThat(paymentsOfOrder(order)).hasSize(2);
        assertThat(count("orders")).isEqualTo(1);
        assertThat(api.asOperator().post("/api/admin/subscriptions/" + number + "/orders/1/retry-payment", Map.of())
                .status()).as("only a failed payment is retried").isEqualTo(409);
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("Payment method CARD (stored card")
                && line.endsWith("(stored card " + newCard + "), from the next order"));
    }

    @Test
    void anIntegratorStartsASubscriptionAtCheckoutForItsOwnMemberReadsItBackAndTheCustomerSkipsPausesAndCancels() {
        TestApi.Caller store = api.withApiKey(issueKey("storefront"));
        String member = store.post("/api/store/customers", Map.of("name", "山田 太郎", "email", "member@example.jp"))
                .json().at("/id").asString();
        var body = subscription(CVS, interval("WEEKS", 2));
        body.put("customerId", member);

        Response started = store.post("/api/store/subscriptions", body);

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String number = started.json().at("/subscription/number").asString();
        assertThat(started.json().at("/firstOrder/cycle").asInt()).isEqualTo(1);
        assertThat(started.json().at("/firstOrder/paymentStatus").asString()).isEqualTo("PENDING");
        assertThat(started.json().at("/firstOrder/nextActionUrl").asString()).startsWith("http");
        assertThat(started.json().at("/subscription/deliveries").asInt()).isEqualTo(1);
        assertThat(started.json().at("/subscription/nextDeliveryDate").asString()).isEqualTo("2028-02-03");
        assertThat(events.stream(SubscriptionOrderCreated.class)).singleElement()
                .satisfies(created -> assertThat(created.nextActionUrl()).isEqualTo(
                        started.json().at("/firstOrder/nextActionUrl").asString()));
        String firstOrder = started.json().at("/firstOrder/orderNumber").asString();
        assertThat(store.get("/api/store/orders/" + firstOrder).status())
                .as("the subscription's orders belong to the store that started it").isEqualTo(200);

        assertThat(store.get("/api/store/subscriptions/" + number).json().at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(store.get("/api/store/subscriptions/" + number + "/orders").json().size()).isEqualTo(1);
        assertThat(store.post("/api/store/subscriptions/" + number + "/skip", Map.of()).json()
                .at("/nextDeliveryDate").asString()).isEqualTo("2028-02-17");
        assertThat(store.post("/api/store/subscriptions/" + number + "/pause", Map.of()).json().at("/status")
                .asString()).isEqualTo("PAUSED");
        assertThat(store.post("/api/store/subscriptions/" + number + "/cancel", Map.of()).json().at("/status")
                .asString()).isEqualTo("CANCELLED");
        Response again = store.post("/api/store/subscriptions/" + number + "/cancel", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/detail").asString()).contains("CANCELLED");
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("Cancelled after 1 deliveries"));
        assertThat(api.anonymous().get("/api/store/subscriptions/" + number).status()).isEqualTo(401);
    }

    @Test
    void anotherStoreNeitherSeesTheSubscriptionNorStartsOneForAMemberItDoesNotHave() {
        TestApi.Caller store = api.withApiKey(issueKey("storefront"));
        TestApi.Caller other = api.withApiKey(issueKey("other shop"));
        String member = store.post("/api/store/customers", Map.of("name", "山田 太郎", "email", "member@example.jp"))
                .json().at("/id").asString();
        var body = subscription(CVS, interval("MONTHS", 1));
        body.put("customerId", member);
        String number = store.post("/api/store/subscriptions", body).json().at("/subscription/number").asString();

        for (String route : List.of("GET ", "GET /orders", "POST /pause", "POST /resume", "POST /skip", "POST /cancel")) {
            String[] parts = route.split(" ");
            String path = parts.length > 1 ? parts[1] : "";
            Response foreign = parts[0].equals("GET") ? other.get("/api/store/subscriptions/" + number + path)
                    : other.post("/api/store/subscriptions/" + number + path, Map.of());
            Response missing = parts[0].equals("GET") ? other.get("/api/store/subscriptions/SUB-999999" + path)
                    : other.post("/api/store/subscriptions/SUB-999999" + path, Map.of());
            assertThat(foreign.status()).as(route).isEqualTo(404).isEqualTo(missing.status());
            assertThat(foreign.json().at("/type").asString()).as(route).isEqualTo(missing.json().at("/type").asString());
            assertThat(foreign.text()).as(route).doesNotContain("山田").doesNotContain("2710");
        }
        Response foreign = other.post("/api/store/subscriptions", body);
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.json().at("/errors/0/field").asString()).isEqualTo("customerId");
        assertThat(subscriptionOf(number).at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(count("subscriptions")).isEqualTo(1);
    }

    @Test
    void aProviderThatTakesNoSubscriptionsCannotBeChosenAndItsCheckoutRefusesSubscriptionOrders() {
        gateway.capabilities(ScriptedGateway.defaultCapabilities().toBuilder().subscriptions(false).build());
        createMethod("LATER", "後払い", ScriptedGateway.CODE.name(), Map.of());

        Response refused = api.asOperator().post("/api/admin/subscriptions", subscription("LATER", interval("MONTHS", 1)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(refused.json().at("/detail").asString()).contains("does not take subscription (定期購入) orders");
        assertThat(count("subscriptions")).isZero();

        String number = start(subscription(CVS, interval("MONTHS", 1)));
        String order = runGenerator().get(0);
        assertThat(api.asOperator().post("/api/admin/subscriptions/" + number + "/payment-method",
                Map.of("paymentMethodCode", "LATER")).status()).isEqualTo(422);
        Response switched = api.asOperator().patch("/api/admin/orders/" + order, Map.of("paymentMethodCode", "LATER"));
        assertThat(switched.status()).as("the subscription order's checkout refuses the provider").isEqualTo(422);
        assertThat(switched.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(api.asOperator().get("/api/admin/orders/" + order).json().at("/payment/methodCode").asString())
                .isEqualTo(CVS);
        assertThat(gateway.calls()).isEmpty();
    }

    private String issueKey(String name) {
        return api.asAdmin().post("/api/admin/api-keys", Map.of("name", name)).json().at("/key").asString();
    }
}
