package com.orderdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Input is refused, never silently changed: non-integer money and quantities, NUL characters and
 * lone surrogates in text and query parameters, page/size out of range, passwords BCrypt would cut.
 * Every refusal is a 400 problem naming the field.
 */
class StrictInputIntegrationTests extends IntegrationTestSupport {

    private static void assertRefused(Response response, String field, String reason) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = null;
        for (JsonNode candidate : response.json().at("/errors")) {
            if (candidate.at("/field").asString().equals(field)) {
                error = candidate;
            }
        }
        assertThat(error).as("an error naming " + field + " in " + response.text()).isNotNull();
        assertThat(error.at("/message").asString()).contains(reason);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> orderWithFirstLine(String name, Object value) {
        Map<String, Object> order = TestOrders.order();
        ((List<Map<String, Object>>) order.get("lines")).getFirst().put(name, value);
        return order;
    }

    @Test
    void nonIntegerMoneyAndQuantitiesAreRefusedNotTruncated() {
        assertRefused(api.asOperator().post("/api/admin/orders", orderWithFirstLine("unitPrice", 1080.9)),
                "lines[0].unitPrice", "whole number");
        assertRefused(api.asOperator().post("/api/admin/orders", orderWithFirstLine("quantity", 2.7)),
                "lines[0].quantity", "whole number");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();
    }

    @Test
    void aNulOrALoneSurrogateInTextIsRefusedNotStoredAsSomethingElse() {
        String valid = api.toJson(TestOrders.order());

        Response nul = api.asOperator().postRaw("/api/admin/orders",
                valid.replace("\"山田 太郎\"", "\"山田\\u0000太郎\""));
        Response surrogate = api.asOperator().postRaw("/api/admin/orders",
                valid.replace("\"山田 太郎\"", "\"山田\\ud800太郎\""));
        Response pair = api.asOperator().postRaw("/api/admin/orders",
                valid.replace("\"山田 太郎\"", "\"𠮷田 太郎\""));

        assertRefused(nul, "customer.name", "NUL");
        assertRefused(surrogate, "customer.name", "lone surrogate");
        assertThat(pair.status()).as("a real supplementary character is fine: " + pair.text()).isEqualTo(201);
        assertThat(jdbc.queryForList("SELECT customer_name FROM orders", String.class)).containsExactly("𠮷田 太郎");
    }

    @Test
    void aNulInASearchParameterIsRefused() {
        assertRefused(api.asOperator().get("/api/admin/customers?q=%00"), "q", "NUL");
        assertRefused(api.asOperator().get("/api/admin/orders?customerName=a%00b"), "customerName", "NUL");
    }

    @Test
    void pagesAndSizesOutOfRangeAreRefused() {
        for (String list : List.of("/api/admin/customers", "/api/admin/shipments/overdue", "/api/admin/orders",
                "/api/admin/payments")) {
            assertRefused(api.asOperator().get(list + "?page=-1"), "page", "");
            assertRefused(api.asOperator().get(list + "?size=0"), "size", "");
            assertRefused(api.asOperator().get(list + "?size=-5"), "size", "");
        }
    }

    @Test
    void aPasswordBcryptWouldCutIsRefusedAndASignInWithOneIsJustWrong() {
        String long73 = "a".repeat(73);
        String japanese25 = "あ".repeat(25); // 75 bytes in UTF-8

        assertRefused(api.asAdmin().post("/api/admin/users", Map.of("username", "longpass", "password", long73,
                "role", "OPERATOR")), "password", "72 bytes");
        assertRefused(api.asAdmin().post("/api/admin/users", Map.of("username", "longpass", "password", japanese25,
                "role", "OPERATOR")), "password", "72 bytes");
        assertThat(api.asAdmin().post("/api/admin/users", Map.of("username", "okpass", "password", "a".repeat(72),
                "role", "OPERATOR")).status()).isEqualTo(201);
        assertRefused(api.withBasic("okpass", "a".repeat(72)).post("/api/admin/users/me/password",
                Map.of("currentPassword", "a".repeat(72), "newPassword", long73)), "newPassword", "72 bytes");
        assertThat(api.withBasic("okpass", "b".repeat(100)).get("/api/admin/orders").status()).isEqualTo(401);
    }
}
