package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

class ShipmentTrackingAdviceIntegrationTests extends PaymentIntegrationTestSupport {

    static final String FIRST = ShippingTestData.yamato(12345678901L);
    static final String SECOND = ShippingTestData.yamato(38971107401L);

    private String capturedAndShipped() {
        String number = authorizedOrder();
        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/payment/capture", Map.of()).status()).isEqualTo(200);
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                ShippingTestData.shipment("YAMATO", FIRST));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        // The shipment's listeners saw a provider that does not capture on shipment; only then change it.
        awaitEventListeners();
        return number + "/shipments/" + shipped.json().at("/id").asString();
    }

    private static GatewayCapabilities capabilities(boolean captureOnShipment) {
        return ScriptedGateway.defaultCapabilities().toBuilder().captureOnShipment(captureOnShipment)
                .cancellableFrom(PaymentStatus.AUTHORIZED, PaymentStatus.CAPTURED).build();
    }

    @Test
    void warnsWhenACaptureOnShipmentProviderAlreadyBilledWithTheOldNumber() {
        String shipment = capturedAndShipped();
        gateway.capabilities(capabilities(true));

        Response changed = api.asOperator().patch("/api/admin/orders/" + shipment, Map.of("trackingNumber", SECOND));

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().at("/warnings/0").asString())
                .contains(ScriptedGateway.CODE.displayName(), FIRST, SECOND, "does not update");
        String number = shipment.substring(0, shipment.indexOf('/'));
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").json().findValuesAsString("description"))
                .anySatisfy(line -> assertThat(line).contains("does not update", FIRST));
    }

    @Test
    void staysQuietForProvidersThatNeverSawTheTrackingNumber() {
        String shipment = capturedAndShipped();
        gateway.capabilities(capabilities(false));

        Response changed = api.asOperator().patch("/api/admin/orders/" + shipment, Map.of("trackingNumber", SECOND));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/warnings").size()).isZero();
    }
}
