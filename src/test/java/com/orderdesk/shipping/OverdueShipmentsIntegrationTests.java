package com.orderdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.shared.ShopTime;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

class OverdueShipmentsIntegrationTests extends IntegrationTestSupport {

    String place(Map<String, Object> body) {
        Response placed = api.asOperator().post("/api/admin/orders", body);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    Response overdue() {
        return api.asOperator().get("/api/admin/shipments/overdue");
    }

    void awaitSchedule(String number, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM shipping_schedules WHERE order_number = ? AND order_status = ?",
                Long.class, number, status) == 1);
    }

    @Test
    void listsOrdersPastTheirExpectedShipDateUntilTheyShipOrAreCancelled() {
        LocalDate today = LocalDate.now(ShopTime.ZONE);
        Map<String, Object> late = TestOrders.order();
        late.put("deliveryDate", today.minusDays(2).toString());
        String lateNumber = place(late);
        Map<String, Object> lateToo = TestOrders.order();
        lateToo.put("deliveryDate", today.minusDays(1).toString());
        String lateTooNumber = place(lateToo);
        String onTime = place(TestOrders.order());
        awaitSchedule(lateNumber, "NEW");
        awaitSchedule(lateTooNumber, "NEW");
        awaitSchedule(onTime, "NEW");

        Response list = overdue();
        assertThat(list.json().at("/totalElements").asLong()).isEqualTo(2);
        assertThat(list.json().at("/items/0/orderNumber").asString()).as("most overdue first").isEqualTo(lateNumber);
        assertThat(list.json().at("/items/0/daysOverdue").asLong()).isEqualTo(2);
        assertThat(list.json().at("/items/0/expectedShipDate").asString()).isEqualTo(today.minusDays(2).toString());
        assertThat(jdbc.queryForObject("SELECT expected_ship_date FROM shipping_schedules WHERE order_number = ?",
                LocalDate.class, onTime)).as("placed today + 2 lead days").isEqualTo(today.plusDays(2));

        api.asOperator().post("/api/admin/orders/" + lateNumber + "/shipments",
                ShippingTestData.shipment("YAMATO", ShippingTestData.yamato(12345678901L)));
        api.asOperator().post("/api/admin/orders/" + lateTooNumber + "/status", Map.of("status", "CANCELLED"));
        awaitSchedule(lateNumber, "SHIPPED");
        awaitSchedule(lateTooNumber, "CANCELLED");

        assertThat(overdue().json().at("/totalElements").asLong()).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.orderdesk.shipping.internal.ShippingProperties properties;

    @Test
    void leadDaysComeFromConfiguration() {
        assertThat(properties.leadDays()).isEqualTo(2);
        assertThat(properties.b2().freightNumber()).isEqualTo("01");
    }

    @Test
    void anEditThatChangesTheAmountRereadsTheWishedDate() {
        String number = place(TestOrders.order());
        awaitSchedule(number, "NEW");
        LocalDate yesterday = LocalDate.now(ShopTime.ZONE).minusDays(1);

        Response edited = api.asOperator().patch("/api/admin/orders/" + number,
                Map.of("deliveryDate", yesterday.toString(), "shippingFee", 990));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> overdue().json().at("/totalElements").asLong() == 1);
    }
}
