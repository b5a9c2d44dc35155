package com.orderdesk.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

@RecordApplicationEvents
class OrderAdminApiIntegrationTests extends IntegrationTestSupport {

    @Autowired
    ApplicationEvents events;

    private String place(Map<String, Object> body) {
        Response created = api.asOperator().post("/api/admin/orders", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/number").asString();
    }

    private long orderCount() {
        return jdbc.queryForObject("SELECT count(*) FROM orders", Long.class);
    }

    @Test
    void registersAnOrderWithComputedTotalsTaxPerRateAndAHistoryLine() {
        Response created = api.asOperator().post("/api/admin/orders", TestOrders.order());

        assertThat(created.status()).isEqualTo(201);
        JsonNode order = created.json();
        String number = order.at("/number").asString();
        assertThat(number).matches("OD-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/admin/orders/" + number);
        assertThat(created.header("ETag")).isEqualTo("\"" + order.at("/version").asLong() + "\"");
        assertThat(order.at("/channel").asString()).isEqualTo("ADMIN");
        assertThat(order.at("/status").asString()).isEqualTo("NEW");
        assertThat(order.at("/totals/subtotal").asLong()).isEqualTo(3280);
        assertThat(order.at("/totals/total").asLong()).isEqualTo(3830);
        assertThat(order.at("/totals/taxes/0/ratePercent").asInt()).isEqualTo(10);
        assertThat(order.at("/totals/taxes/0/taxableAmount").asLong()).isEqualTo(2750);
        assertThat(order.at("/totals/taxes/0/tax").asLong()).isEqualTo(250);
        assertThat(order.at("/totals/taxes/1/taxableAmount").asLong()).isEqualTo(1080);
        assertThat(order.at("/totals/taxes/1/tax").asLong()).isEqualTo(80);
        assertThat(order.at("/lines/0/amount").asLong()).isEqualTo(2200);
        assertThat(order.at("/customer/postalCode").asString()).isEqualTo("150-0001");
        assertThat(order.at("/delivery/name").asString()).as("delivery defaults to the customer").isEqualTo("山田 太郎");

        Response history = api.asOperator().get("/api/admin/orders/" + number + "/history");
        assertThat(history.json().at("/0/kind").asString()).isEqualTo("CREATED");
        assertThat(history.json().at("/0/actor").asString()).isEqualTo("operator1");
        assertThat(history.json().at("/0/description").asString()).contains("3,830円");
        assertThat(events.stream(OrderPlaced.class)).singleElement()
                .satisfies(placed -> assertThat(placed.orderNumber()).isEqualTo(number));
    }

    @Test
    void readsAnOrderWithItsEtagAndAnswers404ForAnUnknownNumber() {
        Response created = api.asOperator().post("/api/admin/orders", TestOrders.order());
        String number = created.json().at("/number").asString();

        Response found = api.asOperator().get("/api/admin/orders/" + number);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().at("/version").asLong()).as("the version returned at creation is the stored one")
                .isEqualTo(created.json().at("/version").asLong());
        assertThat(found.header("ETag")).isEqualTo("\"" + found.json().at("/version").asLong() + "\"");
        assertThat(found.json().at("/allowedStatuses").toString()).contains("PROCESSING", "CANCELLED");

        Response missing = api.asOperator().get("/api/admin/orders/OD-999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().at("/detail").asString()).contains("OD-999999");
    }

    @Test
    void rejectsInvalidFieldsNamingEachAndWritesNothing() {
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.put("name", " ");
        customer.put("email", "not-an-email");
        customer.put("postalCode", "150-00011");
        customer.put("prefecture", "東京");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("lines");
        lines.get(0).put("quantity", -1);
        lines.get(1).put("unitPrice", -5);
        lines.get(1).put("productCode", "");

        Response rejected = api.asOperator().post("/api/admin/orders", order);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:validation");
        assertThat(rejected.json().at("/errors").findValuesAsString("field")).contains(
                "customer.name", "customer.email", "customer.postalCode", "customer.prefecture",
                "lines[0].quantity", "lines[1].unitPrice", "lines[1].productCode");
        assertThat(orderCount()).isZero();
    }

    @Test
    void rejectsAnOrderWithoutLinesOrCustomer() {
        Map<String, Object> order = TestOrders.order();
        order.put("lines", List.of());
        order.remove("customer");

        Response rejected = api.asOperator().post("/api/admin/orders", order);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().at("/errors").findValuesAsString("field")).contains("lines", "customer");
    }

    @Test
    void rejectsAnUnknownTaxCategoryNamingThePath() {
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("lines");
        lines.get(1).put("taxCategory", "REDUCED_5");

        Response rejected = api.asOperator().post("/api/admin/orders", order);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().at("/errors/0/field").asString()).isEqualTo("lines[1].taxCategory");
        assertThat(rejected.json().at("/errors/0/message").asString()).contains("REDUCED_5", "STANDARD_10");
    }

    @Test
    void rejectsMalformedJsonAndUnknownFields() {
        Response malformed = api.asOperator().postRaw("/api/admin/orders", "{\"customer\": {");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:malformed-body");

        Map<String, Object> order = TestOrders.order();
        order.put("shipingFee", 100);
        Response unknown = api.asOperator().post("/api/admin/orders", order);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("shipingFee");
        assertThat(orderCount()).isZero();
    }

    @Test
    void refusesPointsThatWouldMakeTheTotalNegative() {
        Map<String, Object> order = TestOrders.order();
        order.put("usedPoints", 5000);

        Response refused = api.asOperator().post("/api/admin/orders", order);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("usedPoints");
        assertThat(orderCount()).isZero();
    }

    @Test
    void requiresALabelForAnAdjustmentWithAnAmount() {
        Map<String, Object> order = TestOrders.order();
        order.put("adjustment", Map.of("amount", -300));

        Response refused = api.asOperator().post("/api/admin/orders", order);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("adjustment.label");
    }

    @Test
    void editingLinesRecomputesTotalsRecordsHistoryAndPublishesAmountChanged() {
        String number = place(TestOrders.order());
        Map<String, Object> edit = Map.of(
                "lines", List.of(TestOrders.line("TEA-001", 1100, 3, "STANDARD_10")),
                "adjustment", Map.of("amount", -100, "label", "クーポン", "taxCategory", "STANDARD_10"));

        Response edited = api.asOperator().patch("/api/admin/orders/" + number, edit);

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().at("/totals/total").asLong()).isEqualTo(3300 + 550 - 100);
        assertThat(edited.json().at("/totals/taxes/1/taxableAmount").asLong()).isZero();
        assertThat(events.stream(OrderAmountChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.previousTotal()).isEqualTo(3830);
            assertThat(changed.newTotal()).isEqualTo(3750);
        });
        Response history = api.asOperator().get("/api/admin/orders/" + number + "/history");
        assertThat(history.json().at("/1/kind").asString()).isEqualTo("EDITED");
        assertThat(history.json().at("/1/description").asString()).contains("lines changed", "total 3,830円 → 3,750円");
    }

    @Test
    void aLineIsPhysicalUnlessMarkedDigitalAndTheKindIsStoredShownAndEditable() {
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("lines");
        lines.get(1).put("digital", true);
        String number = place(order);

        JsonNode read = api.asOperator().get("/api/admin/orders/" + number).json();
        assertThat(read.at("/lines/0/digital").asBoolean()).as("absent means physical goods").isFalse();
        assertThat(read.at("/lines/1/digital").isBoolean()).isTrue();
        assertThat(read.at("/lines/1/digital").asBoolean()).as("stored and read back").isTrue();

        Map<String, Object> download = TestOrders.line("EBOOK-1", 1100, 1, "STANDARD_10");
        download.put("digital", true);
        Map<String, Object> goods = TestOrders.line("TEA-001", 1100, 2, "STANDARD_10");
        goods.put("digital", false);
        Response edited = api.asOperator().patch("/api/admin/orders/" + number, Map.of("lines", List.of(download, goods)));

        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        JsonNode after = api.asOperator().get("/api/admin/orders/" + number).json();
        assertThat(after.at("/lines/0/digital").asBoolean()).isTrue();
        assertThat(after.at("/lines/1/digital").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.number = ? AND l.digital", Long.class, number)).isEqualTo(1);

        Map<String, Object> wrong = TestOrders.line("EBOOK-2", 1100, 1, "STANDARD_10");
        wrong.put("digital", "maybe");
        Response refused = api.asOperator().patch("/api/admin/orders/" + number, Map.of("lines", List.of(wrong)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("digital");
    }

    @Test
    void editingOnlyTheAddressPublishesNoAmountChangeAndAnEmptyEditWritesNothing() {
        String number = place(TestOrders.order());
        Map<String, Object> delivery = Map.of("name", "佐藤 花子", "phone", "06-1234-5678", "postalCode", "530-0001",
                "prefecture", "大阪府", "city", "大阪市北区梅田", "address1", "1-1-1");

        Response edited = api.asOperator().patch("/api/admin/orders/" + number, Map.of("delivery", delivery));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().at("/delivery/prefecture").asString()).isEqualTo("大阪府");
        assertThat(events.stream(OrderAmountChanged.class)).isEmpty();

        long version = edited.json().at("/version").asLong();
        Response unchanged = api.asOperator().patch("/api/admin/orders/" + number, Map.of("delivery", delivery));
        assertThat(unchanged.json().at("/version").asLong()).isEqualTo(version);
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").json().size()).isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedAndAMissingOneIsPreconditionRequired() {
        String number = place(TestOrders.order());
        String etag = api.asOperator().get("/api/admin/orders/" + number).header("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));

        Response unconditional = api.asOperator().patchUnconditionally("/api/admin/orders/" + number, Map.of("shippingFee", 0));
        assertThat(unconditional.status()).isEqualTo(428);
        assertThat(unconditional.json().at("/errors/0/field").asString()).isEqualTo("If-Match");
        Response bodyVersionOnly = api.asOperator().patchUnconditionally("/api/admin/orders/" + number,
                Map.of("shippingFee", 0, "version", version));
        assertThat(bodyVersionOnly.status()).as("a version in the body does not replace If-Match").isEqualTo(428);

        Response first = api.asOperator().patch("/api/admin/orders/" + number, Map.of("shippingFee", 0), "If-Match", etag);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);

        Response staleHeader = api.asOperator().patch("/api/admin/orders/" + number, Map.of("shippingFee", 100), "If-Match", etag);
        assertThat(staleHeader.status()).isEqualTo(412);
        assertThat(staleHeader.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:stale-version");

        Response staleBody = api.asOperator().patch("/api/admin/orders/" + number, Map.of("shippingFee", 100, "version", version),
                "If-Match", "*");
        assertThat(staleBody.status()).isEqualTo(412);
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/shippingFee").asLong()).isZero();

        Response garbage = api.asOperator().patch("/api/admin/orders/" + number, Map.of("shippingFee", 100), "If-Match", "\"abc\"");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().at("/errors/0/field").asString()).isEqualTo("If-Match");
    }

    @Test
    void closedOrdersRefuseEditsThatTheirStatusForbids() {
        String completed = place(TestOrders.order());
        api.asOperator().post("/api/admin/orders/" + completed + "/status", Map.of("status", "SHIPPED"));
        api.asOperator().post("/api/admin/orders/" + completed + "/status", Map.of("status", "COMPLETED"));

        Response lines = api.asOperator().patch("/api/admin/orders/" + completed,
                Map.of("lines", List.of(TestOrders.line("X", 100, 1, "STANDARD_10"))));
        assertThat(lines.status()).isEqualTo(409);
        assertThat(lines.json().at("/detail").asString()).contains("COMPLETED");
        Response note = api.asOperator().patch("/api/admin/orders/" + completed, Map.of("customerNote", "再配達希望"));
        assertThat(note.status()).as("non-amount edits stay possible").isEqualTo(200);

        String cancelled = place(TestOrders.order());
        api.asOperator().post("/api/admin/orders/" + cancelled + "/status", Map.of("status", "CANCELLED"));
        Response edit = api.asOperator().patch("/api/admin/orders/" + cancelled, Map.of("customerNote", "x"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:order-closed");
    }

    @Test
    void statusChangesFollowTheWorkflowAndPublishEvents() {
        String number = place(TestOrders.order());

        Response processing = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "PROCESSING"));
        assertThat(processing.status()).isEqualTo(200);
        assertThat(processing.json().at("/status").asString()).isEqualTo("PROCESSING");

        Response illegal = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "COMPLETED"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:illegal-status-transition");
        assertThat(illegal.json().at("/allowedStatuses").toString()).contains("SHIPPED");

        Response cancelled = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(events.stream(OrderStatusChanged.class)).hasSize(2);
        assertThat(events.stream(OrderCancelled.class)).singleElement()
                .satisfies(event -> assertThat(event.total()).isEqualTo(3830));

        Response reopen = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "NEW"));
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.json().at("/detail").asString()).contains("final");

        Response unknownStatus = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "LOST"));
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.json().at("/errors/0/field").asString()).isEqualTo("status");

        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").json().findValuesAsString("description"))
                .contains("Status NEW → PROCESSING", "Status PROCESSING → CANCELLED");
    }

    @Test
    void bulkStatusChangeReportsEachOrderAndOneFailureDoesNotStopTheOthers() {
        String first = place(TestOrders.order());
        String cancelled = place(TestOrders.order());
        String third = place(TestOrders.order());
        api.asOperator().post("/api/admin/orders/" + cancelled + "/status", Map.of("status", "CANCELLED"));

        Response bulk = api.asOperator().post("/api/admin/orders/bulk/status", Map.of(
                "numbers", List.of(first, cancelled, "OD-999999", third, first), "status", "PROCESSING"));

        assertThat(bulk.status()).isEqualTo(200);
        assertThat(bulk.json().at("/succeeded").asInt()).isEqualTo(2);
        assertThat(bulk.json().at("/failed").asInt()).isEqualTo(2);
        assertThat(bulk.json().at("/results").size()).as("duplicates are processed once").isEqualTo(4);
        assertThat(bulk.json().at("/results/1/errorType").asString()).isEqualTo("illegal-status-transition");
        assertThat(bulk.json().at("/results/2/errorType").asString()).isEqualTo("not-found");
        assertThat(api.asOperator().get("/api/admin/orders/" + third).json().at("/status").asString()).isEqualTo("PROCESSING");
        assertThat(api.asOperator().get("/api/admin/orders/" + cancelled).json().at("/status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void bulkStatusChangeValidatesItsRequest() {
        Response empty = api.asOperator().post("/api/admin/orders/bulk/status", Map.of("numbers", List.of(), "status", "SHIPPED"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().at("/errors/0/field").asString()).isEqualTo("numbers");
    }
}
