package com.orderdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShippingManagementIntegrationTests extends IntegrationTestSupport {

    @Autowired
    ShippingManagement shipping;

    @Autowired
    OrderManagement orders;

    @Test
    void tellsOtherModulesWhichPaymentMethodsADeliveryMethodAllows() {
        api.asOperator().post("/api/admin/delivery-methods", ShippingTestData.deliveryMethod("YAMATO", "YAMATO", List.of("ATOBARAI")));
        api.asOperator().post("/api/admin/delivery-methods", ShippingTestData.deliveryMethod("POST", "JAPAN_POST", List.of()));
        api.asOperator().delete("/api/admin/delivery-methods/POST");

        DeliveryMethodInfo yamato = shipping.deliveryMethod("YAMATO").orElseThrow();
        assertThat(yamato.carrier()).isEqualTo(Carrier.YAMATO);
        assertThat(yamato.allowsPaymentMethod("ATOBARAI")).isTrue();
        assertThat(yamato.allowsPaymentMethod("CARD")).isFalse();
        assertThat(shipping.deliveryMethod("POST").orElseThrow().active()).isFalse();
        assertThat(shipping.deliveryMethod("POST").orElseThrow().allowsPaymentMethod("CARD")).as("empty allows all").isTrue();
        assertThat(shipping.activeDeliveryMethods()).extracting(DeliveryMethodInfo::code).containsExactly("YAMATO");
        assertThat(shipping.deliveryMethod("NONE")).isEmpty();
    }

    @Test
    void listsAnOrdersShipmentsWithTheirTrackingNumbers() {
        String number = api.asOperator().post("/api/admin/orders", TestOrders.order()).json().at("/number").asString();
        UUID orderId = orders.find(number).id();
        assertThat(shipping.shipmentsOf(orderId)).isEmpty();
        String tracking = ShippingTestData.yamato(12345678901L);
        api.asOperator().post("/api/admin/orders/" + number + "/shipments", ShippingTestData.shipment("YAMATO", tracking));

        assertThat(shipping.shipmentsOf(orderId)).singleElement().satisfies(shipment -> {
            assertThat(shipment.orderNumber()).isEqualTo(number);
            assertThat(shipment.trackingNumbers()).containsExactly(tracking);
        });
    }
}
