package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Base of the payment core's integration tests: the whole application with the
 * {@link ScriptedGateway}, reset before each test, and a payment method {@code KAKE} bound to it
 * (created through the real payment-method admin API).
 */
@Import(PaymentTestConfiguration.class)
public abstract class PaymentIntegrationTestSupport extends IntegrationTestSupport {

    protected static final String METHOD = "KAKE";
    protected static final String METHOD_NOW = "KAKE-NOW";

    @Autowired
    protected ScriptedGateway gateway;

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void scriptedGatewayAndMethods() {
        gateway.reset();
        clock.reset();
        createMethod(METHOD, false);
        createMethod(METHOD_NOW, true);
    }

    /** The body of a payment method bound to the {@link ScriptedGateway}, for POST /api/admin/payment-methods. */
    public static Map<String, Object> scriptedMethod(String code, boolean captureImmediately) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", "掛け払い " + code);
        method.put("provider", ScriptedGateway.CODE.name());
        method.put("captureImmediately", captureImmediately);
        method.put("completionText", "ご注文ありがとうございます。");
        method.put("emailTitle", "お支払いについて");
        method.put("emailText", "請求書をお送りします。");
        return method;
    }

    private void createMethod(String code, boolean captureImmediately) {
        var response = api.asAdmin().post("/api/admin/payment-methods", scriptedMethod(code, captureImmediately));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create payment method: " + response.text());
        }
    }

    /** Places an order (3,830 yen) with the method through the admin API and returns its number. */
    protected String placeOrder(String paymentMethodCode) {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", paymentMethodCode);
        var response = api.asOperator().post("/api/admin/orders", order);
        if (response.status() != 201) {
            throw new IllegalStateException("could not place order: " + response.text());
        }
        return response.json().at("/number").asString();
    }

    /** Places an order with {@link #METHOD} and waits until its payment is AUTHORIZED. */
    protected String authorizedOrder() {
        String number = placeOrder(METHOD);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode list = paymentsOf(number);
            return list.size() == 1 && list.get(0).at("/status").asString().equals("AUTHORIZED");
        });
        return number;
    }

    /**
     * Checks out through the store API with {@link #METHOD}, the scripted provider putting the payment
     * UNDER_REVIEW waiting for the given step; returns the order number.
     */
    protected String checkoutUnderReview(TestApi.Caller store, NextAction.Type waitingFor) {
        gateway.script(OperationKind.AUTHORIZE, new GatewayResult(GatewayOutcome.PENDING, OperationKind.AUTHORIZE,
                PaymentStatus.UNDER_REVIEW, "3", Map.of(), new NextAction(waitingFor, null, Map.of(), null), null, null,
                null));
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", METHOD);
        TestApi.Response placed = store.post("/api/store/checkout", body);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().at("/payment/status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(placed.json().at("/payment/nextAction/type").asString()).isEqualTo(waitingFor.name());
        return placed.json().at("/order/number").asString();
    }

    /** Sends the shopper's code of a review step through the store API. */
    protected static TestApi.Response reviewStep(TestApi.Caller store, String number, String code) {
        return store.post("/api/store/orders/" + number + "/payment/review", Map.of("input", Map.of("code", code)));
    }

    /** Waits until every event published so far has been handled by its listeners. */
    protected void awaitEventListeners() {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND (status IS NULL OR status NOT IN ('FAILED', 'COMPLETED'))", Long.class) == 0);
    }

    protected JsonNode paymentsOf(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/payments").json().at("/payments");
    }

    protected static JsonNode actionOf(JsonNode payment, String name) {
        for (JsonNode action : payment.at("/actions")) {
            if (action.at("/action").asString().equals(name)) {
                return action;
            }
        }
        throw new AssertionError("no action " + name);
    }

    protected List<String> historyOf(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/history").json().valueStream()
                .map(entry -> entry.at("/description").asString()).toList();
    }

    protected static String commandUri(String number, String command) {
        return "/api/admin/orders/" + number + "/payment/" + command;
    }
}
