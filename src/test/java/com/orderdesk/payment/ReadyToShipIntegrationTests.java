package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;

/** The order list's "ready to ship" filter follows payment: unpaid and unsettled payments hold an order back. */
class ReadyToShipIntegrationTests extends PaymentIntegrationTestSupport {

    private List<String> readyToShip() {
        return api.asOperator().get("/api/admin/orders?readyToShip=true").json().at("/items").findValuesAsString("number");
    }

    @Test
    void offersOrdersWithASecuredPaymentOrNoProviderPaymentButNotUnpaidOnes() {
        String authorized = authorizedOrder();
        gateway.script(OperationKind.AUTHORIZE, new GatewayResult(GatewayOutcome.PENDING, OperationKind.AUTHORIZE,
                PaymentStatus.PENDING, "未入金", Map.of(), NextAction.NONE, null, null, null));
        String unpaid = placeOrder(METHOD);
        await().atMost(Duration.ofSeconds(10)).until(() -> "PENDING".equals(
                api.asOperator().get("/api/admin/orders/" + unpaid).json().at("/payment/status").asString()));
        String withoutProvider = api.asOperator().post("/api/admin/orders", TestOrders.order()).json().at("/number").asString();
        String cancelled = authorizedOrder();
        api.asOperator().post("/api/admin/orders/" + cancelled + "/status", Map.of("status", "CANCELLED"));

        assertThat(readyToShip()).containsExactlyInAnyOrder(authorized, withoutProvider);
        String b2 = new String(api.asOperator().download("/api/admin/shipments/b2-export").raw().getContentAsByteArray(),
                java.nio.charset.Charset.forName("windows-31j"));
        assertThat(b2).as("B2 exports only orders awaiting shipment").contains(authorized, withoutProvider)
                .doesNotContain(unpaid);
    }
}
