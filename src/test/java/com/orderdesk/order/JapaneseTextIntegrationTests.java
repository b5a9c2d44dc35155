package com.orderdesk.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/** Japanese input as operators type it: full-width numbers, postal code against prefecture, search folding. */
class JapaneseTextIntegrationTests extends IntegrationTestSupport {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> customerOf(Map<String, Object> order) {
        return (Map<String, Object>) order.get("customer");
    }

    private Response search(String parameter, String value) {
        return api.asOperator().get("/api/admin/orders?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    @Test
    void fullWidthPhonesAndPostalCodesAreTakenAndStoredInAscii() {
        Map<String, Object> order = TestOrders.order();
        customerOf(order).put("phone", "０３－１２３４－５６７８");
        customerOf(order).put("mobilePhone", "０９０ー１１１１ー２２２２");
        customerOf(order).put("postalCode", "１５０－０００１");

        Response placed = api.asOperator().post("/api/admin/orders", order);

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().at("/customer/phone").asString()).isEqualTo("03-1234-5678");
        assertThat(placed.json().at("/customer/mobilePhone").asString()).isEqualTo("090-1111-2222");
        assertThat(placed.json().at("/customer/postalCode").asString()).isEqualTo("150-0001");
    }

    @Test
    void aPostalCodeOfAnotherPrefectureIsRefusedNamingBoth() {
        Map<String, Object> order = TestOrders.order();
        customerOf(order).put("postalCode", "530-0001");

        Response refused = api.asOperator().post("/api/admin/orders", order);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("customer.postalCode");
        assertThat(refused.json().at("/errors/0/message").asString()).contains("大阪府").contains("東京都");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();

        customerOf(order).put("postalCode", "199-0101");
        customerOf(order).put("prefecture", "神奈川県");
        assertThat(api.asOperator().post("/api/admin/orders", order).status())
                .as("199 crosses the Tokyo/Kanagawa border (相模原市緑区)").isEqualTo(201);
    }

    @Test
    void searchFoldsWidthKanaAndSpacesAndAPhoneWithoutDigitsNeverListsEverything() {
        String yamada = api.asOperator().post("/api/admin/orders", TestOrders.order()).json().at("/number").asString();
        Map<String, Object> other = TestOrders.order();
        customerOf(other).put("name", "佐藤 花子");
        customerOf(other).put("kana", "サトウ ハナコ");
        customerOf(other).put("phone", "06-9999-0000");
        customerOf(other).put("mobilePhone", "080-3333-4444");
        api.asOperator().post("/api/admin/orders", other);

        for (String[] query : new String[][] {
                {"customerName", "山田太郎"}, {"customerName", "山田　太郎"}, {"customerKana", "やまだ　たろう"},
                {"customerKana", "ﾔﾏﾀﾞ"}, {"customerKana", "ヤマダタロウ"}, {"phone", "０３－１２３４"}, {"phone", "0312345678"}}) {
            Response found = search(query[0], query[1]);
            assertThat(found.status()).as(query[0] + "=" + query[1]).isEqualTo(200);
            assertThat(found.json().at("/items").size()).as(query[0] + "=" + query[1]).isEqualTo(1);
            assertThat(found.json().at("/items/0/number").asString()).isEqualTo(yamada);
        }

        Response noDigits = search("phone", "abc");
        assertThat(noDigits.status()).isEqualTo(400);
        assertThat(noDigits.json().at("/errors/0/field").asString()).isEqualTo("phone");
        assertThat(search("customerKana", "ｻﾄｳ").json().at("/items").size()).isEqualTo(1);
    }
}
