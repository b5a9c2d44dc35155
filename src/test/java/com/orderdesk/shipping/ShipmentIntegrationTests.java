package com.orderdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.OrderStatusChanged;
import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
@Import({ShipmentIntegrationTests.CapturedPaymentAdvisor.class, ShipmentIntegrationTests.CaptureOnShipmentListener.class})
class ShipmentIntegrationTests extends IntegrationTestSupport {

    static final String FIRST = ShippingTestData.yamato(12345678901L);
    static final String SECOND = ShippingTestData.yamato(38971107401L);

    /** Stands in for payment: warns about every tracking change of orders it was told are captured. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CapturedPaymentAdvisor {

        static final List<String> captured = new ArrayList<>();

        @Bean
        TrackingChangeAdvisor capturedPaymentAdvisor() {
            return change -> captured.contains(change.orderNumber())
                    ? List.of("Payment of " + change.orderNumber() + " is captured: change "
                            + change.previousTrackingNumbers() + " to " + change.trackingNumbers() + " on Yamato's screen too")
                    : List.of();
        }
    }

    /** Stands in for payment's capture-on-shipment listener; refuses orders it is told to, as a crashed listener would. */
    static class CaptureOnShipmentListener {

        static final List<ShipmentRegistered> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        static final List<String> failFor = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.modulith.events.ApplicationModuleListener
        void on(ShipmentRegistered registered) {
            if (failFor.contains(registered.orderNumber())) {
                throw new IllegalStateException("provider unreachable");
            }
            received.add(registered);
        }
    }

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void forgetCaptures() {
        CapturedPaymentAdvisor.captured.clear();
        CaptureOnShipmentListener.received.clear();
        CaptureOnShipmentListener.failFor.clear();
    }

    String place() {
        Response placed = api.asOperator().post("/api/admin/orders", TestOrders.order());
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    Response ship(String number, Map<String, Object> body) {
        return api.asOperator().post("/api/admin/orders/" + number + "/shipments", body);
    }

    List<String> history(String number) {
        return api.asOperator().get("/api/admin/orders/" + number + "/history").json().findValuesAsString("description");
    }

    @Test
    void aFullShipmentMovesTheOrderToShippedRecordsHistoryAndPublishesShipmentRegistered() {
        String number = place();

        Response shipped = ship(number, ShippingTestData.shipment("YAMATO", FIRST.substring(0, 4) + "-" + FIRST.substring(4, 8)
                + "-" + FIRST.substring(8)));

        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        assertThat(shipped.json().at("/trackingNumbers/0").asString()).isEqualTo(FIRST);
        assertThat(shipped.json().at("/orderStatus").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().at("/lines").size()).isEqualTo(2);
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString()).isEqualTo("SHIPPED");
        assertThat(history(number)).anySatisfy(line -> assertThat(line).contains("Shipment registered", FIRST, "2026-11-20"));
        assertThat(events.stream(ShipmentRegistered.class)).singleElement().satisfies(event -> {
            assertThat(event.orderNumber()).isEqualTo(number);
            assertThat(event.carrier()).isEqualTo(Carrier.YAMATO);
            assertThat(event.trackingNumbers()).containsExactly(FIRST);
            assertThat(event.shippedOn()).hasToString("2026-11-20");
            assertThat(event.orderFullyShipped()).isTrue();
        });
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/shipments").json().size()).isEqualTo(1);
    }

    @Test
    void shipmentRegisteredGoesThroughTheEventPublicationRegistry() {
        String delivered = place();
        String failing = place();
        CaptureOnShipmentListener.failFor.add(failing);

        ship(delivered, ShippingTestData.shipment("YAMATO", FIRST));
        ship(failing, ShippingTestData.shipment("YAMATO", SECOND));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> CaptureOnShipmentListener.received.size() == 1);
        assertThat(CaptureOnShipmentListener.received.getFirst().trackingNumbers()).containsExactly(FIRST);
        // A listener that failed leaves its publication in the registry, serialized, for resubmission.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM event_publication WHERE event_type = ? AND completion_date IS NULL"
                        + " AND serialized_event LIKE ?", Long.class, ShipmentRegistered.class.getName(), "%" + SECOND + "%") == 1);
    }

    @Test
    void partialShipmentsShipTheOrderOnlyWhenEveryLineIsShipped() {
        String number = place();
        Map<String, Object> first = ShippingTestData.shipment("YAMATO", FIRST);
        first.put("lines", List.of(Map.of("lineNo", 1, "quantity", 1)));
        Response partial = ship(number, first);
        assertThat(partial.status()).as(partial.text()).isEqualTo(201);
        assertThat(partial.json().at("/orderStatus").asString()).isEqualTo("NEW");
        assertThat(partial.json().at("/orderFullyShipped").asBoolean()).isFalse();

        Map<String, Object> tooMany = ShippingTestData.shipment("YAMATO", SECOND);
        tooMany.put("lines", List.of(Map.of("lineNo", 1, "quantity", 2), Map.of("lineNo", 3, "quantity", 1)));
        Response refused = ship(number, tooMany);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors").findValuesAsString("field")).containsExactly("lines[0].quantity", "lines[1].lineNo");

        Response rest = ship(number, ShippingTestData.shipment("YAMATO", SECOND));
        assertThat(rest.json().at("/orderStatus").asString()).isEqualTo("SHIPPED");
        assertThat(rest.json().at("/lines/0/lineNo").asInt()).isEqualTo(1);
        assertThat(rest.json().at("/lines/0/quantity").asInt()).isEqualTo(1);

        Response more = ship(number, ShippingTestData.shipment("YAMATO", ShippingTestData.yamato(11111111111L)));
        assertThat(more.status()).isEqualTo(409);
        assertThat(more.json().at("/type").asString()).endsWith("already-shipped");
    }

    @Test
    void aDigitalLineNeedsNoParcelSoTheGoodsAloneShipTheOrder() {
        Map<String, Object> mixed = TestOrders.order();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) mixed.get("lines");
        lines.get(1).put("digital", true);
        String number = api.asOperator().post("/api/admin/orders", mixed).json().at("/number").asString();

        Map<String, Object> download = ShippingTestData.shipment("YAMATO", FIRST);
        download.put("lines", List.of(Map.of("lineNo", 2, "quantity", 1)));
        Response refused = ship(number, download);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("lines[0].lineNo");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("digital line");

        Response goods = ship(number, ShippingTestData.shipment("YAMATO", FIRST));
        assertThat(goods.status()).as(goods.text()).isEqualTo(201);
        assertThat(goods.json().at("/lines").findValuesAsString("lineNo")).containsExactly("1");
        assertThat(goods.json().at("/orderFullyShipped").asBoolean()).isTrue();
        assertThat(goods.json().at("/orderStatus").asString()).isEqualTo("SHIPPED");

        Map<String, Object> onlyDigital = TestOrders.order();
        onlyDigital.put("lines", List.of(digital(TestOrders.line("EBOOK-1", 1100, 1, "STANDARD_10"))));
        String download2 = api.asOperator().post("/api/admin/orders", onlyDigital).json().at("/number").asString();
        Response nothing = ship(download2, ShippingTestData.shipment("YAMATO", SECOND));
        assertThat(nothing.status()).as(nothing.text()).isEqualTo(409);
        assertThat(nothing.json().at("/type").asString()).endsWith("nothing-to-ship");
    }

    private static Map<String, Object> digital(Map<String, Object> line) {
        line.put("digital", true);
        return line;
    }

    @Test
    void refusesBadTrackingNumbersUnknownCarriersAndNumbersUsedElsewhere() {
        String number = place();
        String other = place();

        Response wrongDigit = ship(number, ShippingTestData.shipment("YAMATO", "123456789014"));
        assertThat(wrongDigit.status()).isEqualTo(400);
        assertThat(wrongDigit.json().at("/errors/0/field").asString()).isEqualTo("trackingNumber");
        assertThat(wrongDigit.json().at("/errors/0/message").asString()).contains("check digit");

        Response unknownCarrier = ship(number, ShippingTestData.shipment("KURONEKO", FIRST));
        assertThat(unknownCarrier.status()).isEqualTo(400);
        assertThat(unknownCarrier.json().at("/errors/0/field").asString()).isEqualTo("carrier");

        assertThat(ship(other, ShippingTestData.shipment("YAMATO", FIRST)).status()).isEqualTo(201);
        Response used = ship(number, ShippingTestData.shipment("SAGAWA", FIRST));
        assertThat(used.status()).isEqualTo(409);
        assertThat(used.json().at("/type").asString()).endsWith("tracking-number-in-use");
        assertThat(used.json().at("/orderNumber").asString()).isEqualTo(other);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shipments", Long.class)).isEqualTo(1);
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString()).isEqualTo("NEW");
    }

    @Test
    void twoOrdersRegisteringOneNumberAtTheSameMomentGetItOnceWithoutSharing() throws Exception {
        String number = place();
        String other = place();
        String slip = ShippingTestData.yamato(55500000001L);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (String order : List.of(number, other)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ship(order, ShippingTestData.shipment("YAMATO", slip)).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shipment_tracking_numbers WHERE tracking_number = ?",
                Long.class, slip)).isEqualTo(1);
    }

    @Test
    void aSharedSlipCoversOrdersOfOneAddressAndSaysWhichInItsEvent() {
        String first = place();
        String second = place();
        assertThat(ship(first, ShippingTestData.shipment("YAMATO", FIRST)).status()).isEqualTo(201);
        Map<String, Object> shared = ShippingTestData.shipment("YAMATO", FIRST);
        shared.put("sharedSlip", true);

        Response registered = ship(second, shared);

        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(events.stream(ShipmentRegistered.class).filter(event -> event.orderNumber().equals(second)))
                .singleElement().satisfies(event -> assertThat(event.ordersOnSlip()).containsExactly(second, first));
        assertThat(history(second)).anyMatch(line -> line.contains("同梱") && line.contains(first));
        Response list = api.asOperator().get("/api/admin/orders?reference=" + FIRST);
        assertThat(list.text()).contains(first).contains(second);
        // Changing the shared shipment's date keeps the slip: only numbers new to a shipment must be free.
        String id = registered.json().at("/id").asString();
        Response changed = api.asOperator().patch("/api/admin/orders/" + second + "/shipments/" + id,
                Map.of("shippedOn", "2026-11-21"));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    }

    @Test
    void aCancelledOrderCannotBeShipped() {
        String number = place();
        api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));

        Response refused = ship(number, ShippingTestData.shipment("YAMATO", FIRST));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/type").asString()).endsWith("order-cancelled");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shipments", Long.class)).isZero();
        assertThat(events.stream(ShipmentRegistered.class)).isEmpty();
    }

    @Test
    void changingATrackingNumberPublishesShipmentChangedAndReturnsAndRecordsTheAdvisorsWarnings() {
        String number = place();
        String id = ship(number, ShippingTestData.shipment("YAMATO", FIRST)).json().at("/id").asString();
        CapturedPaymentAdvisor.captured.add(number);

        Response changed = api.asOperator().patch("/api/admin/orders/" + number + "/shipments/" + id,
                Map.of("trackingNumber", SECOND));

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().at("/trackingNumbers/0").asString()).isEqualTo(SECOND);
        assertThat(changed.json().at("/warnings/0").asString()).contains("captured", FIRST, SECOND);
        assertThat(history(number)).anySatisfy(line -> assertThat(line).startsWith("Warning: Payment of " + number));
        assertThat(history(number)).anySatisfy(line -> assertThat(line).contains("Shipment changed", FIRST, SECOND));
        assertThat(events.stream(ShipmentChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.previousTrackingNumbers()).containsExactly(FIRST);
            assertThat(event.trackingNumbers()).containsExactly(SECOND);
        });
        assertThat(api.asOperator().get("/api/admin/orders?reference=" + FIRST).json().at("/totalElements").asLong()).isZero();

        Response dateOnly = api.asOperator().patch("/api/admin/orders/" + number + "/shipments/" + id,
                Map.of("shippedOn", "2026-11-21"));
        assertThat(dateOnly.json().at("/warnings").size()).as("no tracking change, no advice").isZero();
    }

    @Test
    void changingTheCarrierRechecksTheNumberAndAnUnchangedEditPublishesNothing() {
        String number = place();
        String id = ship(number, ShippingTestData.shipment("OTHER", "ABC-123")).json().at("/id").asString();

        Response refused = api.asOperator().patch("/api/admin/orders/" + number + "/shipments/" + id,
                Map.of("carrier", "YAMATO"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("carrier");

        Response same = api.asOperator().patch("/api/admin/orders/" + number + "/shipments/" + id,
                Map.of("trackingNumber", "abc123"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(events.stream(ShipmentChanged.class)).isEmpty();
    }

    @Test
    void deletingAShipmentFreesItsNumberPutsTheOrderBackToProcessingAndPublishesShipmentDeleted() {
        String number = place();
        String id = ship(number, ShippingTestData.shipment("YAMATO", FIRST)).json().at("/id").asString();

        Response deleted = api.asOperator().delete("/api/admin/orders/" + number + "/shipments/" + id);

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(deleted.json().at("/orderStatus").asString()).isEqualTo("PROCESSING");
        assertThat(events.stream(ShipmentDeleted.class)).singleElement()
                .satisfies(event -> assertThat(event.trackingNumbers()).containsExactly(FIRST));
        assertThat(events.stream(OrderStatusChanged.class).map(OrderStatusChanged::to).map(Enum::name))
                .containsExactly("SHIPPED", "PROCESSING");
        assertThat(history(number)).anySatisfy(line -> assertThat(line).contains("Shipment deleted", FIRST));
        assertThat(api.asOperator().delete("/api/admin/orders/" + number + "/shipments/" + id).status()).isEqualTo(404);
        assertThat(ship(place(), ShippingTestData.shipment("YAMATO", FIRST)).status()).as("number free again").isEqualTo(201);
    }

    @Test
    void theOrderListFindsOrdersByTrackingNumberWithOrWithoutHyphens() {
        String number = place();
        place();
        ship(number, ShippingTestData.shipment("YAMATO", FIRST));

        Response found = api.asOperator().get("/api/admin/orders?reference="
                + FIRST.substring(0, 4) + "-" + FIRST.substring(4, 8) + "-" + FIRST.substring(8));
        assertThat(found.json().at("/totalElements").asLong()).isEqualTo(1);
        assertThat(found.json().at("/items/0/number").asString()).isEqualTo(number);
    }

    @Test
    void bulkShippingGivesAResultPerOrderAndOneFailureNeverStopsTheOthers() {
        String first = place();
        String cancelled = place();
        String third = place();
        api.asOperator().post("/api/admin/orders/" + cancelled + "/status", Map.of("status", "CANCELLED"));

        Response bulk = api.asOperator().post("/api/admin/shipments/bulk", Map.of("shipments", List.of(
                Map.of("orderNumber", first, "carrier", "YAMATO", "trackingNumber", FIRST),
                Map.of("orderNumber", cancelled, "carrier", "YAMATO", "trackingNumber", SECOND),
                Map.of("orderNumber", "OD-999999", "carrier", "YAMATO", "trackingNumber", SECOND),
                Map.of("orderNumber", third, "carrier", "YAMATO", "trackingNumber", FIRST),
                Map.of("orderNumber", third, "carrier", "YAMATO", "trackingNumber", SECOND))));

        assertThat(bulk.status()).as(bulk.text()).isEqualTo(200);
        assertThat(bulk.json().at("/succeeded").asInt()).isEqualTo(2);
        assertThat(bulk.json().at("/results").findValuesAsString("errorType")).containsExactly(
                "", "order-cancelled", "not-found", "tracking-number-in-use", "");
        assertThat(bulk.json().at("/results/4/orderStatus").asString()).isEqualTo("SHIPPED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM shipments", Long.class)).isEqualTo(2);
    }
}
