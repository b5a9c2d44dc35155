package com.orderdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An integrator reads its order back: status, totals, payment with the provider's word and next action, shipments. */
class StoreOrderReadBackIntegrationTests extends PaymentIntegrationTestSupport {

    private Caller store;

    @BeforeEach
    void storefront() {
        store = api.withApiKey(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString());
    }

    @Test
    void theOrderReadsBackWithItsPaymentsNextActionAndProviderWord() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE, PaymentStatus.PENDING,
                "REQUIRES_TOKEN", Map.of()).withNextAction(new NextAction(NextAction.Type.COLLECT_TOKEN, null,
                Map.of("shopId", "tshop0001"), null)));
        Map<String, Object> body = TestOrders.order();
        body.put("paymentMethodCode", METHOD);
        Response checkout = store.post("/api/store/checkout", body);

        Response read = store.get(checkout.header("Location"));

        assertThat(read.status()).as(read.text()).isEqualTo(200);
        JsonNode order = read.json();
        assertThat(order.at("/number").asString()).isEqualTo(checkout.json().at("/order/number").asString());
        assertThat(order.at("/status").asString()).isEqualTo("NEW");
        assertThat(order.at("/totals/total").asLong()).isEqualTo(3830);
        assertThat(order.at("/totals/shippingFee").asLong()).isEqualTo(550);
        assertThat(order.at("/totals/tax8").asLong()).isEqualTo(80);
        assertThat(order.at("/lines/0/productCode").asString()).isEqualTo("TEA-001");
        assertThat(order.at("/payment/status").asString()).isEqualTo("PENDING");
        assertThat(order.at("/payment/providerStatus").asString()).isEqualTo("REQUIRES_TOKEN");
        assertThat(order.at("/payment/methodCode").asString()).isEqualTo(METHOD);
        assertThat(order.at("/payment/nextAction/type").asString()).isEqualTo("COLLECT_TOKEN");
        assertThat(order.at("/payment/nextAction/data/shopId").asString()).isEqualTo("tshop0001");
        assertThat(order.at("/shipments").isEmpty()).isTrue();
    }

    @Test
    void aDigitalLineIsPlacedAndReadBackThroughTheStoreApiAndAProviderThatSaysNothingTakesIt() {
        Map<String, Object> body = TestOrders.order();
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> lines = (java.util.List<Map<String, Object>>) body.get("lines");
        lines.getFirst().put("digital", true);
        body.put("paymentMethodCode", METHOD);

        Response checkout = store.post("/api/store/checkout", body);
        assertThat(checkout.status()).as("the scripted provider keeps the default digitalGoods capability: "
                + checkout.text()).isEqualTo(201);
        Response placed = store.post("/api/store/orders", Map.of("customer", body.get("customer"), "lines", lines));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().at("/lines/0/digital").asBoolean()).isTrue();

        JsonNode read = store.get(checkout.header("Location")).json();
        assertThat(read.at("/lines/0/digital").asBoolean()).isTrue();
        assertThat(read.at("/lines/1/digital").asBoolean()).isFalse();
    }

    @Test
    void shipmentsReadBackWithCarrierTrackingNumberAndTrackingUrl() {
        String number = store.post("/api/store/orders", TestOrders.order()).json().at("/number").asString();
        String tracking = ShippingTestData.yamato(12345678901L);
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                ShippingTestData.shipment("YAMATO", tracking));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);

        JsonNode order = store.get("/api/store/orders/" + number).json();

        assertThat(order.at("/shipments/0/carrier").asString()).isEqualTo("YAMATO");
        assertThat(order.at("/shipments/0/shippedOn").asString()).isEqualTo("2026-11-20");
        assertThat(order.at("/shipments/0/parcels/0/trackingNumber").asString()).isEqualTo(tracking);
        assertThat(order.at("/shipments/0/parcels/0/trackingUrl").asString())
                .isEqualTo("https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=" + tracking);
        assertThat(order.at("/payment").isNull()).as("no payment method, no payment").isTrue();
    }

    @Test
    void anUnknownNumberIsAProblem404() {
        Response missing = store.get("/api/store/orders/OD-424242");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.raw().getContentType()).startsWith("application/problem+json");
    }
}
