package com.orderdesk.payment.paygent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * When Paidy is offered (manual 3-4 ⑨ 適用条件 and 2-1): the limits are on the goods amount (商品金額),
 * never on shipping and fees (送料・手数料を含んだ金額での設定はできません), at most 300,000円 a order
 * (1回の注文の限度額は30万円), a method's own 商品金額 limits likewise, and no subscription orders
 * (定期購入カートは非対応). Judged by the store's method list and again when the order is placed.
 */
class PaygentCheckoutLimitsIntegrationTests extends PaygentScenarioSupport {

    @Test
    void theStoreListJudgesTheGoodsAmountNotTheBilledAmount() {
        assertThat(listed(300_550, 300_000)).as("300,000円 of goods + 550円 shipping").contains(AUTH_ONLY);
        assertThat(listed(300_551, 300_001)).as("one yen of goods too many").doesNotContain(AUTH_ONLY);
        assertThat(listed(1_550, 1_000)).contains(AUTH_ONLY);
        assertThat(listed(300_001, null)).as("without goodsAmount the cart amount stands in")
                .doesNotContain(AUTH_ONLY);
    }

    @Test
    void aMethodsOwnLimitsAreOnTheGoodsAmountToo() {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", "PAIDY-5000");
        method.put("name", "あと払い(ペイディ)");
        method.put("provider", "PAYGENT_PAIDY");
        method.put("minAmount", 5_000);
        method.put("maxAmount", 10_000);
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        assertThat(listed(5_549, 4_999)).as("goods below 5,000円 although billed above").doesNotContain("PAIDY-5000");
        assertThat(listed(5_550, 5_000)).contains("PAIDY-5000");
        assertThat(listed(10_550, 10_000)).as("billed above 10,000円, goods at it").contains("PAIDY-5000");
        assertThat(listed(10_551, 10_001)).doesNotContain("PAIDY-5000");
    }

    @Test
    void theCheckoutAcceptsGoodsUpToTheLimitWhateverTheShippingAndRefusesOneYenMore() {
        Response atLimit = store.post("/api/store/checkout", order(300_000, AUTH_ONLY));
        assertThat(atLimit.status()).as(atLimit.text()).isEqualTo(201);
        assertThat(atLimit.json().at("/payment/nextAction/data/checkoutPayload").asString())
                .as("Paidy is asked for the billed amount").contains("\"amount\":300550");

        Response above = store.post("/api/store/checkout", order(300_001, AUTH_ONLY));
        assertThat(above.status()).as(above.text()).isEqualTo(422);
        assertThat(above.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(above.json().at("/errors/0/message").asString()).contains("goods amount").contains("300,000円");
    }

    @Test
    void paidyCannotPaySubscriptions() {
        Response customer = api.asOperator().post("/api/admin/customers",
                Map.of("name", "山田 太郎", "email", "taro.limits@example.jp", "phone", "03-1234-5678"));
        assertThat(customer.status()).as(customer.text()).isEqualTo(201);
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("customerId", customer.json().at("/id").asString());
        subscription.put("customer", TestOrders.customer());
        subscription.put("paymentMethodCode", AUTH_ONLY);
        subscription.put("lines", new ArrayList<>(List.of(TestOrders.line("TEA-001", 1080, 2, "REDUCED_8"))));
        subscription.put("shippingFee", 550);
        subscription.put("interval", Map.of("unit", "MONTHS", "every", 1));

        Response refused = api.asOperator().post("/api/admin/subscriptions", subscription);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("paymentMethodCode");
        assertThat(refused.text()).contains("定期購入");
    }

    private List<String> listed(long amount, Integer goodsAmount) {
        Response listed = store.get("/api/store/payment-methods?deliveryMethod=YAMATO&amount=" + amount
                + (goodsAmount == null ? "" : "&goodsAmount=" + goodsAmount));
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        for (JsonNode method : listed.json()) {
            codes.add(method.at("/code").asString());
        }
        return codes;
    }

    private static Map<String, Object> order(long goods, String method) {
        Map<String, Object> body = TestOrders.order();
        body.put("lines", new ArrayList<>(List.of(TestOrders.line("TV-001", goods, 1, "STANDARD_10"))));
        body.put("paymentMethodCode", method);
        return body;
    }
}
