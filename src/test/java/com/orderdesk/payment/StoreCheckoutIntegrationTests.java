package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storefront's checkout: order and payment together, then paying with an instrument. */
class StoreCheckoutIntegrationTests extends PaymentIntegrationTestSupport {

    private TestApi.Caller store;

    @BeforeEach
    void storefront() {
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        store = api.withApiKey(key);
    }

    @Test
    void checkoutPlacesTheOrderAndStartsItsPaymentReturningTheMethodsTexts() {
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", METHOD);

        Response response = store.post("/api/store/checkout", body);

        assertThat(response.status()).isEqualTo(201);
        String number = response.json().at("/order/number").asString();
        assertThat(response.json().at("/order/total").asLong()).isEqualTo(3830);
        assertThat(response.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(response.json().at("/payment/nextAction/type").asString()).isEqualTo("NONE");
        assertThat(response.json().at("/payment/completionText").asString()).isEqualTo("ご注文ありがとうございます。");
        assertThat(response.json().at("/payment/emailTitle").asString()).isEqualTo("お支払いについて");
        assertThat(response.json().at("/payment/emailText").asString()).isEqualTo("請求書をお送りします。");
        assertThat(paymentsOf(number)).hasSize(1);
        assertThat(gateway.calls(OperationKind.AUTHORIZE)).hasSize(1);
    }

    @Test
    void aPendingPaymentIsPaidWithTheShoppersInstrumentAndADeclineIsReportedNotThrown() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE, PaymentStatus.PENDING,
                "REQUIRES_TOKEN", Map.of()).withNextAction(new NextAction(NextAction.Type.COLLECT_TOKEN, null,
                Map.of("shopId", "tshop0001"), null)));
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", METHOD);
        String number = store.post("/api/store/checkout", body).json().at("/order/number").asString();
        assertThat(store.get("/api/store/orders/" + number + "/payment").json().at("/nextAction/type").asString())
                .isEqualTo("COLLECT_TOKEN");
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.declined(OperationKind.AUTHORIZE, "42G020000",
                "残高不足"));

        Response declined = store.post("/api/store/orders/" + number + "/payment", Map.of("instrument",
                Map.of("token", "tok_once")));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().at("/status").asString()).isEqualTo("FAILED");
        assertThat(declined.json().at("/declineCode").asString()).isEqualTo("42G020000");

        Response retried = store.post("/api/store/orders/" + number + "/payment", Map.of("instrument",
                Map.of("token", "tok_twice")));

        assertThat(retried.json().at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(paymentsOf(number)).hasSize(2);
        assertThat(historyOf(number)).noneMatch(line -> line.contains("tok_"));
    }

    @Test
    void aPaymentWaitingForThreeDSecureIsFinishedWhenTheShopperReturns() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE, PaymentStatus.PENDING,
                "AUTHENTICATING", Map.of()).withNextAction(new NextAction(NextAction.Type.REDIRECT,
                "https://acs.example/challenge", Map.of(), null)));
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", METHOD);
        body.put("instrument", Map.of("token", "tok_3ds"));
        Response checkout = store.post("/api/store/checkout", body);
        assertThat(checkout.json().at("/payment/nextAction/type").asString()).isEqualTo("REDIRECT");
        assertThat(checkout.json().at("/payment/nextAction/url").asString()).isEqualTo("https://acs.example/challenge");
        String number = checkout.json().at("/order/number").asString();

        Response completed = store.post("/api/store/orders/" + number + "/payment/authentication",
                Map.of("parameters", Map.of("PaRes", "ok")));

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(completed.json().at("/nextAction/type").asString()).isEqualTo("NONE");
        Response again = store.post("/api/store/orders/" + number + "/payment/authentication",
                Map.of("parameters", Map.of("PaRes", "ok")));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void checkoutNeedsAPaymentMethod() {
        Response response = store.post("/api/store/checkout", TestOrders.order());

        assertThat(response.status()).isEqualTo(400);
    }
}
