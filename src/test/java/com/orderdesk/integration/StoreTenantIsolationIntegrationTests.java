package com.orderdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant isolation of the store API: two integrators' keys, and every store route tried with the
 * other store's order or customer. Another store's resource answers exactly as a missing one does
 * (same status and problem type), and nothing is paid, read or charged. The route list is taken
 * from the application, so a new store route fails here until it is in the matrix.
 */
class StoreTenantIsolationIntegrationTests extends PaymentIntegrationTestSupport {

    /** Each store route, and how it is called for an order number and a customer id. */
    private static final Map<String, BiFunction<Caller, String[], Response>> ROUTES = Map.ofEntries(
            route("GET /api/store/orders/{number}", (caller, ids) -> caller.get("/api/store/orders/" + ids[0])),
            route("GET /api/store/orders/{number}/payment", (caller, ids) -> caller.get("/api/store/orders/" + ids[0] + "/payment")),
            route("POST /api/store/orders/{number}/payment", (caller, ids) -> caller.post("/api/store/orders/" + ids[0] + "/payment",
                    Map.of("instrument", Map.of("token", "tok_other")))),
            route("POST /api/store/orders/{number}/payment/authentication", (caller, ids) -> caller.post(
                    "/api/store/orders/" + ids[0] + "/payment/authentication", Map.of("parameters", Map.of("PaRes", "x")))),
            route("POST /api/store/orders/{number}/payment/review", (caller, ids) -> caller.post(
                    "/api/store/orders/" + ids[0] + "/payment/review", Map.of("input", Map.of("code", "1234")))),
            route("GET /api/store/customers/{id}", (caller, ids) -> caller.get("/api/store/customers/" + ids[1])),
            route("GET /api/store/payment-methods", (caller, ids) -> caller.get("/api/store/payment-methods?amount=1000&customerId=" + ids[1])),
            route("POST /api/store/orders", (caller, ids) -> caller.post("/api/store/orders", orderFor(ids[1]))),
            route("POST /api/store/checkout", (caller, ids) -> caller.post("/api/store/checkout", orderFor(ids[1]))),
            route("POST /api/store/subscriptions", (caller, ids) -> caller.post("/api/store/subscriptions", subscriptionFor(ids[1]))),
            route("GET /api/store/customers/{customerId}/cards", (caller, ids) -> caller.get("/api/store/customers/" + ids[1] + "/cards")),
            route("POST /api/store/customers/{customerId}/cards", (caller, ids) -> caller.post("/api/store/customers/" + ids[1] + "/cards",
                    Map.of("token", "tok_other"))),
            route("DELETE /api/store/customers/{customerId}/cards/{cardId}", (caller, ids) -> caller.delete(
                    "/api/store/customers/" + ids[1] + "/cards/1")),
            route("GET /api/store/customers/{id}/kakebarai", (caller, ids) -> caller.get("/api/store/customers/" + ids[1] + "/kakebarai")),
            route("POST /api/store/customers/{id}/kakebarai", (caller, ids) -> caller.post("/api/store/customers/" + ids[1] + "/kakebarai",
                    Map.of())));

    /** What tells two answers apart for a client: status, problem type and title. */
    private static String answer(Response response) {
        return response.status() + " " + response.json().at("/type").asString() + " " + response.json().at("/title").asString();
    }

    private static Map.Entry<String, BiFunction<Caller, String[], Response>> route(String route,
            BiFunction<Caller, String[], Response> call) {
        return Map.entry(route, call);
    }

    /**
     * Routes that name no existing order or customer: registering a customer (it belongs to the
     * caller's store) and the sync list (StoreOrderSyncIntegrationTests shows it holds only the
     * caller's orders).
     */
    private static final Set<String> UNKEYED = Set.of("POST /api/store/customers", "GET /api/store/orders");

    /**
     * Routes keyed by a subscription number: SubscriptionPaymentIntegrationTests tries each with
     * another store's subscription and a missing one.
     */
    private static final Set<String> SUBSCRIPTION_KEYED = Set.of("GET /api/store/subscriptions/{number}",
            "GET /api/store/subscriptions/{number}/orders", "POST /api/store/subscriptions/{number}/pause",
            "POST /api/store/subscriptions/{number}/resume", "POST /api/store/subscriptions/{number}/skip",
            "POST /api/store/subscriptions/{number}/cancel");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Caller storeA;
    private Caller storeB;
    private String keyAId;

    @BeforeEach
    void twoIntegrators() {
        Response a = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "store-a"));
        keyAId = a.json().at("/id").asString();
        storeA = api.withApiKey(a.json().at("/key").asString());
        storeB = api.withApiKey(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "store-b")).json().at("/key").asString());
    }

    @Test
    void everyStoreRouteIsInTheMatrix() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/store/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> routes.add(method + " " + pattern))));

        Set<String> covered = new TreeSet<>(ROUTES.keySet());
        covered.addAll(UNKEYED);
        covered.addAll(SUBSCRIPTION_KEYED);
        assertThat(routes).containsExactlyInAnyOrderElementsOf(covered);
    }

    @Test
    void anotherStoresOrderAndCustomerAnswerLikeMissingOnesOnEveryRoute() {
        String customerA = storeA.post("/api/store/customers", customer("a@example.jp")).json().at("/id").asString();
        Response placed = storeA.post("/api/store/checkout", orderFor(customerA));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String orderA = placed.json().at("/order/number").asString();
        String paymentA = paymentsOf(orderA).get(0).at("/id").asString();

        ROUTES.forEach((route, call) -> {
            Response foreign = call.apply(storeB, new String[] {orderA, customerA});
            Response missing = call.apply(storeB, new String[] {"OD-999999", "00000000-0000-4000-8000-000000000000"});

            assertThat(foreign.status()).as(route + ": " + foreign.text()).isIn(404, 422).isEqualTo(missing.status());
            assertThat(foreign.json().at("/type").asString()).as(route).isEqualTo(missing.json().at("/type").asString());
            assertThat(foreign.text()).as(route).doesNotContain("3830").doesNotContain("山田");
        });
        assertThat(gateway.calls()).as("store B never reached the provider with A's payment")
                .filteredOn(call -> call.paymentId().toString().equals(paymentA)).hasSize(1);

        ROUTES.forEach((route, call) -> {
            Response own = call.apply(storeA, new String[] {orderA, customerA});
            Response missing = call.apply(storeA, new String[] {"OD-999999", "00000000-0000-4000-8000-000000000000"});
            // The owner gets past the store check (authenticating an AUTHORIZED payment is then a 409,
            // a customer without a buyer account a 404 of its own kind), never the missing one's answer.
            assertThat(answer(own)).as(route + " for the owner: " + own.text()).isNotEqualTo(answer(missing));
            if (own.status() == 422) {
                assertThat(own.json().at("/type").asString()).as(route + " for the owner").doesNotEndWith("unknown-customer");
            }
        });
    }

    @Test
    void aKeyIssuedToReplaceAnotherReachesTheSameStoresOrders() {
        String number = storeA.post("/api/store/orders", TestOrders.order()).json().at("/number").asString();

        Response rotated = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "store-a-2027", "replaces", keyAId));
        assertThat(rotated.json().at("/storeId").asString()).isNotBlank();
        Caller replacement = api.withApiKey(rotated.json().at("/key").asString());

        assertThat(replacement.get("/api/store/orders/" + number).status()).isEqualTo(200);
        assertThat(storeB.get("/api/store/orders/" + number).status()).isEqualTo(404);
    }

    @Test
    void theLocationOfAPlacedOrderOpensForTheKeyThatPlacedItAndNoOther() {
        Response placed = storeA.post("/api/store/orders", TestOrders.order());
        Response checkout = storeA.post("/api/store/checkout", orderFor(null));

        for (Response created : new Response[] {placed, checkout}) {
            String location = created.header("Location");
            assertThat(location).startsWith("/api/store/orders/");
            assertThat(storeA.get(location).status()).isEqualTo(200);
            assertThat(storeB.get(location).status()).isEqualTo(404);
        }
    }

    @Test
    void anOperatorsCustomerIsNotReachableThroughTheStoreApi() {
        String operators = api.asOperator().post("/api/admin/customers", customer("op@example.jp")).json().at("/id").asString();

        assertThat(storeA.get("/api/store/customers/" + operators).status()).isEqualTo(404);
        assertThat(storeA.post("/api/store/orders", orderFor(operators)).status()).isEqualTo(422);
    }

    @Test
    void anAddressAnotherStoreAlreadyHasIsNotRevealedByAConflict() {
        Response first = storeA.post("/api/store/customers", customer("shared@example.jp"));
        assertThat(first.status()).as(first.text()).isEqualTo(201);

        Response otherStore = storeB.post("/api/store/customers", customer("Shared@Example.jp"));
        Response operators = api.asOperator().post("/api/admin/customers", customer("shared@example.jp"));
        Response sameStore = storeA.post("/api/store/customers", customer("SHARED@example.jp"));

        assertThat(otherStore.status()).as("store B learns nothing of A's members: " + otherStore.text()).isEqualTo(201);
        assertThat(operators.status()).as(operators.text()).isEqualTo(201);
        assertThat(sameStore.status()).as("within one store an address is still unique").isEqualTo(409);
        assertThat(sameStore.json().at("/type").asString()).endsWith("email-already-registered");

        Response byEmail = api.asOperator().post("/api/admin/customers/bulk/groups", Map.of("changes",
                java.util.List.of(Map.of("email", "shared@example.jp", "add", java.util.List.of("vip")))));
        assertThat(byEmail.json().at("/results/0/succeeded").asBoolean()).as(byEmail.text()).isFalse();
        assertThat(byEmail.json().at("/results/0/error").asString())
                .as("an address several stores use names no single member").contains("3 customers", "customerId");
    }

    private static Map<String, Object> orderFor(String customerId) {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", METHOD);
        if (customerId != null) {
            order.put("customerId", customerId);
        }
        return order;
    }

    private static Map<String, Object> subscriptionFor(String customerId) {
        Map<String, Object> subscription = orderFor(customerId);
        subscription.remove("deliveryMethodCode");
        subscription.put("interval", Map.of("unit", "MONTHS", "every", 1));
        return subscription;
    }

    private static Map<String, Object> customer(String email) {
        return Map.of("name", "山田 太郎", "email", email);
    }
}
