package com.orderdesk.payment.methods;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentTestConfiguration;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The storefront's payment method listing and the refusal of orders whose method cannot pay them,
 * both judged by the same rules.
 */
@Import(PaymentTestConfiguration.class)
class StorePaymentMethodsIntegrationTests extends IntegrationTestSupport {

    private Caller store;
    private UUID storeId;

    @BeforeEach
    void methodsAndStorefrontKey() {
        Response key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront"));
        store = api.withApiKey(key.json().at("/key").asString());
        storeId = UUID.fromString(key.json().at("/storeId").asString());
        create(PaymentMethods.card("CARD"));
        create(PaymentMethods.deferred("DEFERRED"));
        Map<String, Object> invoice = PaymentMethods.card("INVOICE");
        invoice.put("name", "掛け払い");
        invoice.put("provider", ScriptedGateway.CODE.name());
        invoice.put("sortOrder", 30);
        invoice.put("fee", Map.of("type", "FIXED", "amount", 0, "taxCategory", "STANDARD_10"));
        invoice.put("customerGroups", List.of("CORPORATE"));
        create(invoice);
        Map<String, Object> off = PaymentMethods.card("OFF");
        off.put("enabled", false);
        create(off);
    }

    private void create(Map<String, Object> method) {
        Response created = api.asOperator().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private List<String> codes(String query) {
        Response listed = store.get("/api/store/payment-methods?" + query);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        listed.json().forEach(method -> codes.add(method.at("/code").asString()));
        return codes;
    }

    private JsonNode method(String query, String code) {
        for (JsonNode method : store.get("/api/store/payment-methods?" + query).json()) {
            if (method.at("/code").asString().equals(code)) {
                return method;
            }
        }
        throw new AssertionError(code + " is not listed for " + query);
    }

    private long orderCount() {
        return jdbc.queryForObject("SELECT count(*) FROM orders", Long.class);
    }

    /** A member this storefront registered (the store API reaches only its own store's customers). */
    private UUID customerInGroup(String group) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO customers (id, name, email, created_at, updated_at, version, store_id)"
                + " VALUES (?, '株式会社テスト', ?, ?, ?, 0, ?)", id, id + "@example.jp", now, now, storeId);
        jdbc.update("INSERT INTO customer_groups (id, code, name, created_at) VALUES (?, ?, ?, ?)", UUID.randomUUID(), group, group, now);
        jdbc.update("INSERT INTO customer_group_members (customer_id, group_code) VALUES (?, ?)", id, group);
        return id;
    }

    @Test
    void listsTheMethodsThatApplyWithTheirFeeAndTexts() {
        assertThat(codes("amount=9999&deliveryMethod=YAMATO")).containsExactly("CARD", "DEFERRED");

        JsonNode deferred = method("amount=9999&deliveryMethod=YAMATO", "DEFERRED");
        assertThat(deferred.at("/name").asString()).isEqualTo("後払い");
        assertThat(deferred.at("/provider").asString()).isEqualTo(ScriptedGateway.CODE.name());
        assertThat(deferred.at("/fee").asLong()).isEqualTo(330);
        assertThat(deferred.at("/feeTaxCategory").asString()).isEqualTo("STANDARD_10");
        assertThat(deferred.at("/billedAmount").asLong()).isEqualTo(10_329);
        assertThat(deferred.at("/completionText").asString()).isEqualTo("カード決済を受け付けました。");
        assertThat(deferred.at("/emailText").asString()).isNotBlank();
        assertThat(method("amount=10000&deliveryMethod=YAMATO", "DEFERRED").at("/fee").asLong()).isEqualTo(440);
        assertThat(method("amount=30000&deliveryMethod=YAMATO", "DEFERRED").at("/fee").asLong()).isEqualTo(660);
    }

    @Test
    void theMaximumAppliesToTheBilledAmountFeeIncluded() {
        assertThat(codes("amount=49340&deliveryMethod=YAMATO")).contains("DEFERRED");
        assertThat(codes("amount=49341&deliveryMethod=YAMATO")).containsExactly("CARD");
    }

    @Test
    void aMethodLimitedToDeliveryMethodsNeedsOneOfThem() {
        assertThat(codes("amount=5000&deliveryMethod=SAGAWA")).containsExactly("CARD");
        assertThat(codes("amount=5000")).as("no delivery method chosen yet").containsExactly("CARD");
    }

    @Test
    void theDeliveryMethodsOwnListOfPaymentMethodsLimitsTheOffer() {
        Response created = api.asOperator().post("/api/admin/delivery-methods",
                com.orderdesk.shipping.ShippingTestData.deliveryMethod("CARD-ONLY", "YAMATO", List.of("CARD")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        assertThat(codes("amount=5000&deliveryMethod=CARD-ONLY")).as("only what checkout then accepts")
                .containsExactly("CARD");
    }

    @Test
    void aMethodLimitedToCustomerGroupsNeedsOneOfThem() {
        assertThat(codes("amount=5000&deliveryMethod=YAMATO&customerGroup=RETAIL")).doesNotContain("INVOICE");
        assertThat(codes("amount=5000&deliveryMethod=YAMATO&customerGroup=RETAIL&customerGroup=CORPORATE"))
                .containsExactly("CARD", "DEFERRED", "INVOICE");
        assertThat(codes("amount=5000&customerId=" + customerInGroup("CORPORATE"))).containsExactly("CARD", "INVOICE");
    }

    @Test
    void aDisabledProviderTakesItsMethodsOffTheList() {
        Map<String, Object> disabled = Map.of("enabled", false, "environment", "SANDBOX");
        assertThat(api.asAdmin().put("/api/admin/providers/scripted/settings", disabled).status()).isEqualTo(200);

        assertThat(codes("amount=5000&customerGroup=CORPORATE")).containsExactly("CARD");
    }

    @Test
    void theListingNeedsAnAmountAndAStorefrontKey() {
        assertThat(store.get("/api/store/payment-methods").status()).isEqualTo(400);
        Response negative = store.get("/api/store/payment-methods?amount=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/errors/0/field").asString()).isEqualTo("amount");
        assertThat(store.get("/api/store/payment-methods?amount=9223372036854775807").status())
                .as("an amount that would overflow with the fee").isEqualTo(400);
        assertThat(api.anonymous().get("/api/store/payment-methods?amount=1").status()).isEqualTo(401);
    }

    @Test
    void anOrderWithAnApplicableMethodIsPlaced() {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "DEFERRED");
        order.put("paymentFee", 330);

        Response placed = store.post("/api/store/orders", order);

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().at("/totals/total").asLong()).as("the fee the storefront sent").isEqualTo(4160);
        assertThat(orderCount()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrderWhoseMethodDoesNotApplyIsRefusedAndNothingIsWritten() {
        assertRefused("UNKNOWN", "YAMATO", "there is no payment method 'UNKNOWN'");
        assertRefused("OFF", "YAMATO", "disabled");
        assertRefused("DEFERRED", "SAGAWA", "not available with delivery method SAGAWA");
        assertRefused("INVOICE", "YAMATO", "limited to customer groups CORPORATE");

        Map<String, Object> expensive = TestOrders.order();
        expensive.put("paymentMethodCode", "DEFERRED");
        ((List<Object>) expensive.get("lines")).add(TestOrders.line("TEA-900", 50_000, 1, "STANDARD_10"));
        Response refused = store.post("/api/store/orders", expensive);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/message").asString()).contains("above the maximum of payment method DEFERRED");

        assertThat(orderCount()).isZero();
    }

    @Test
    void aCustomerInTheGroupMayPlaceAnOrderWithAGroupMethod() {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "INVOICE");
        order.put("customerId", customerInGroup("CORPORATE").toString());

        Response placed = store.post("/api/store/orders", order);

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
    }

    @Test
    void anEditToAMethodThatDoesNotApplyIsRefused() {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "CARD");
        String number = store.post("/api/store/orders", order).json().at("/number").asString();

        Response refused = api.asOperator().patch("/api/admin/orders/" + number, Map.of("paymentMethodCode", "INVOICE"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/methodCode").asString())
                .isEqualTo("CARD");
    }

    private void assertRefused(String method, String deliveryMethod, String reason) {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", method);
        order.put("deliveryMethodCode", deliveryMethod);

        Response refused = store.post("/api/store/orders", order);

        assertThat(refused.status()).as(method + ": " + refused.text()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(refused.text()).contains(reason);
    }
}
