package com.orderdesk.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

class DeliveryMethodIntegrationTests extends IntegrationTestSupport {

    void create(Map<String, Object> method) {
        Response created = api.asOperator().post("/api/admin/delivery-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void createsListsReadsUpdatesAndRetiresDeliveryMethods() {
        Map<String, Object> method = ShippingTestData.deliveryMethod("YAMATO", "YAMATO", List.of("CARD", "ATOBARAI"));
        method.put("fee", Map.of("type", "BY_PREFECTURE", "amount", 800, "byPrefecture", Map.of("北海道", 1500, "沖縄県", 2000)));
        create(method);

        Response read = api.asOperator().get("/api/admin/delivery-methods/YAMATO");
        assertThat(read.json().at("/carrier").asString()).isEqualTo("YAMATO");
        assertThat(read.json().at("/fee/byPrefecture/北海道").asLong()).isEqualTo(1500);
        assertThat(read.json().at("/paymentMethodCodes").toString()).isEqualTo("[\"ATOBARAI\",\"CARD\"]");
        assertThat(api.asOperator().get("/api/admin/delivery-methods/YAMATO/fee?prefecture=%E6%B2%96%E7%B8%84%E7%9C%8C")
                .json().at("/fee").asLong()).as("沖縄県").isEqualTo(2000);
        assertThat(api.asOperator().get("/api/admin/delivery-methods/YAMATO/fee?prefecture=%E6%9D%B1%E4%BA%AC%E9%83%BD")
                .json().at("/fee").asLong()).as("東京都 falls back to amount").isEqualTo(800);

        Map<String, Object> flat = ShippingTestData.deliveryMethod("YAMATO", "SAGAWA", List.of());
        Response updated = api.asOperator().put("/api/admin/delivery-methods/YAMATO", flat);
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json().at("/carrier").asString()).isEqualTo("SAGAWA");
        assertThat(updated.json().at("/fee/byPrefecture").size()).isZero();

        assertThat(api.asOperator().post("/api/admin/delivery-methods", flat).status()).as("code taken").isEqualTo(409);
        assertThat(api.asOperator().delete("/api/admin/delivery-methods/YAMATO").status()).isEqualTo(204);
        assertThat(api.asOperator().get("/api/admin/delivery-methods").json().size()).isZero();
        assertThat(api.asOperator().get("/api/admin/delivery-methods?includeRetired=true").json().at("/0/retired").asBoolean())
                .isTrue();
        assertThat(api.asOperator().get("/api/admin/delivery-methods/NOPE").status()).isEqualTo(404);
    }

    @Test
    void refusesAnUnknownCarrierAndPrefectureNamesWithTheFieldNamed() {
        Map<String, Object> method = ShippingTestData.deliveryMethod("X", "KURONEKO", List.of());
        Response unknownCarrier = api.asOperator().post("/api/admin/delivery-methods", method);
        assertThat(unknownCarrier.status()).isEqualTo(400);
        assertThat(unknownCarrier.json().at("/errors/0/field").asString()).isEqualTo("carrier");
        assertThat(unknownCarrier.json().at("/errors/0/message").asString()).contains("YAMATO", "JAPAN_POST");

        method.put("carrier", "YAMATO");
        method.put("fee", Map.of("type", "BY_PREFECTURE", "amount", 800, "byPrefecture", Map.of("東京", 900)));
        Response badPrefecture = api.asOperator().post("/api/admin/delivery-methods", method);
        assertThat(badPrefecture.status()).isEqualTo(400);
        assertThat(badPrefecture.json().at("/errors/0/field").asString()).isEqualTo("fee.byPrefecture.東京");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery_methods", Long.class)).isZero();
    }

    /**
     * The payment-method part of the check is covered by DeliveryMethodCheckTests: payment's own
     * OrderCheck refuses codes missing from its catalogue first, and that catalogue is not ours to fill.
     */
    @Test
    void ordersMustNameAKnownDeliveryMethodAndWishOnlyWhatItAllows() {
        Map<String, Object> noWishes = ShippingTestData.deliveryMethod("MAIL", "JAPAN_POST", List.of("CARD"));
        noWishes.put("dateWishAllowed", false);
        noWishes.put("timeSlotWishAllowed", false);
        create(noWishes);
        create(ShippingTestData.deliveryMethod("YAMATO", "YAMATO", List.of("CARD", "ATOBARAI")));

        Map<String, Object> unknown = TestOrders.order();
        unknown.put("deliveryMethodCode", "DRONE");
        Response refused = api.asOperator().post("/api/admin/orders", unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/type").asString()).endsWith("unknown-delivery-method");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("deliveryMethodCode");

        Map<String, Object> wishes = TestOrders.order();
        wishes.put("deliveryMethodCode", "MAIL");
        wishes.put("deliveryDate", "2026-12-01");
        wishes.put("deliveryTimeSlot", "1416");
        Response mismatch = api.asOperator().post("/api/admin/orders", wishes);
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().at("/errors").findValuesAsString("field"))
                .containsExactly("deliveryDate", "deliveryTimeSlot");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();

        Map<String, Object> oddSlot = TestOrders.order();
        oddSlot.put("deliveryTimeSlot", "12-14");
        Response pre2017 = api.asOperator().post("/api/admin/orders", oddSlot);
        assertThat(pre2017.status()).isEqualTo(422);
        assertThat(pre2017.json().at("/errors/0/field").asString()).isEqualTo("deliveryTimeSlot");
        assertThat(pre2017.json().at("/errors/0/message").asString()).contains("Yamato time slot");

        Map<String, Object> fine = TestOrders.order();
        fine.put("deliveryDate", "2026-12-01");
        fine.put("deliveryTimeSlot", "午前中");
        Response placed = api.asOperator().post("/api/admin/orders", fine);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String number = placed.json().at("/number").asString();

        Response edit = api.asOperator().patch("/api/admin/orders/" + number, Map.of("deliveryMethodCode", "MAIL"));
        assertThat(edit.status()).as("edits are checked too").isEqualTo(422);
        assertThat(edit.json().at("/errors").findValuesAsString("field")).containsExactly("deliveryDate", "deliveryTimeSlot");
    }

    @Test
    void aRetiredMethodCannotBeChosenForNewOrdersButItsOrdersStayEditable() {
        create(ShippingTestData.deliveryMethod("YAMATO", "YAMATO", List.of()));
        Response placed = api.asOperator().post("/api/admin/orders", TestOrders.order());
        String number = placed.json().at("/number").asString();
        api.asOperator().delete("/api/admin/delivery-methods/YAMATO");

        assertThat(api.asOperator().post("/api/admin/orders", TestOrders.order()).status()).isEqualTo(422);
        Response edit = api.asOperator().patch("/api/admin/orders/" + number, Map.of("customerNote", "leave at the door"));
        assertThat(edit.status()).as(edit.text()).isEqualTo(200);
    }
}
