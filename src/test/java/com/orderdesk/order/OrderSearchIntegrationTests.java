package com.orderdesk.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.orderdesk.shared.ShopTime;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

class OrderSearchIntegrationTests extends IntegrationTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private String place(String name, String kana, String email, String phone, String productCode, long unitPrice,
            String deliveryMethod) {
        Map<String, Object> order = TestOrders.order();
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.put("name", name);
        customer.put("kana", kana);
        customer.put("email", email);
        customer.put("phone", phone);
        customer.put("mobilePhone", null);
        order.put("lines", List.of(TestOrders.line(productCode, unitPrice, 1, "STANDARD_10")));
        order.put("shippingFee", 0);
        order.put("deliveryMethodCode", deliveryMethod);
        Response created = api.asOperator().post("/api/admin/orders", order);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/number").asString();
    }

    private void placedOn(String number, LocalDate date) {
        Instant at = date.atTime(12, 0).atZone(ShopTime.ZONE).toInstant();
        jdbc.update("UPDATE orders SET placed_at = ? WHERE number = ?", java.sql.Timestamp.from(at), number);
    }

    private List<String> numbers(String query) {
        Response found = api.asOperator().get("/api/admin/orders?" + query);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        return found.json().at("/items").findValuesAsString("number");
    }

    @Test
    void filtersByEachCriterionAndSortsNewestFirst() {
        String yamada = place("山田 太郎", "ヤマダ タロウ", "taro.yamada@example.jp", "03-1234-5678", "TEA-001", 1000, "YAMATO");
        String sato = place("佐藤 花子", "サトウ ハナコ", "hanako@sato.example.com", "090-8765-4321", "TEA-002", 5000, "SAGAWA");
        String suzuki = place("鈴木 一郎", "スズキ イチロウ", "ichiro@example.org", "06-5555-0000", "COFFEE-1", 20000, "YAMATO");
        placedOn(yamada, LocalDate.of(2026, 1, 10));
        placedOn(sato, LocalDate.of(2026, 2, 10));
        placedOn(suzuki, LocalDate.of(2026, 3, 10));
        api.asOperator().post("/api/admin/orders/" + sato + "/status", Map.of("status", "PROCESSING"));

        assertThat(numbers("")).containsExactly(suzuki, sato, yamada);
        assertThat(numbers("number=" + sato)).containsExactly(sato);
        assertThat(numbers("number=" + sato.toLowerCase())).containsExactly(sato);
        assertThat(numbers("status=PROCESSING")).containsExactly(sato);
        assertThat(numbers("status=NEW&status=PROCESSING")).containsExactly(suzuki, sato, yamada);
        assertThat(numbers("placedFrom=2026-02-01&placedTo=2026-03-10")).containsExactly(suzuki, sato);
        assertThat(numbers("placedTo=2026-01-10")).containsExactly(yamada);
        assertThat(numbers("customerName=佐藤")).containsExactly(sato);
        assertThat(numbers("customerKana=イチロ")).containsExactly(suzuki);
        assertThat(numbers("email=EXAMPLE.JP")).containsExactly(yamada);
        assertThat(numbers("phone=8765-43")).containsExactly(sato);
        assertThat(numbers("phone=0655550")).containsExactly(suzuki);
        assertThat(numbers("minTotal=5000&maxTotal=20000")).containsExactly(suzuki, sato);
        assertThat(numbers("productCode=TEA-001")).containsExactly(yamada);
        assertThat(numbers("deliveryMethod=YAMATO")).containsExactly(suzuki, yamada);
        assertThat(numbers("status=NEW&deliveryMethod=YAMATO&minTotal=10000")).containsExactly(suzuki);
    }

    @Test
    void treatsLikeWildcardsInTextFiltersLiterally() {
        place("100% Cotton 株式会社", "コットン", "shop_a@example.jp", "03-0000-0000", "A", 100, "YAMATO");
        String other = place("1000 Cotton", "コットン", "shopxa@example.jp", "03-0000-0001", "A", 100, "YAMATO");

        assertThat(numbers("customerName=100%25")).hasSize(1).doesNotContain(other);
        assertThat(numbers("email=shop_a")).hasSize(1).doesNotContain(other);
    }

    @Test
    void paginatesWithATotalCount() {
        for (int i = 0; i < 5; i++) {
            place("客 " + i, "キャク", "c" + i + "@example.jp", "03-1111-000" + i, "P", 100, "YAMATO");
        }

        Response page = api.asOperator().get("/api/admin/orders?size=2&page=2");

        assertThat(page.json().at("/totalElements").asLong()).isEqualTo(5);
        assertThat(page.json().at("/totalPages").asLong()).isEqualTo(3);
        assertThat(page.json().at("/items").size()).isEqualTo(1);
        assertThat(page.json().at("/page").asInt()).isEqualTo(2);
    }

    @Test
    void countsExactlyUpToTheLimitAndSaysAtLeastBeyondIt() {
        String first = place("客 甲", "キャク", "a@example.jp", "03-1111-0000", "P", 100, "YAMATO");
        place("客 乙", "キャク", "b@example.jp", "03-1111-0001", "P", 100, "YAMATO");
        Response small = api.asOperator().get("/api/admin/orders?size=1&page=0");
        assertThat(small.json().at("/totalElements").asLong()).isEqualTo(2);
        assertThat(small.json().at("/totalExact").asBoolean()).isTrue();

        // 10,000 more orders, copied in SQL from the first (numbers and ids of their own).
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()
                  AND table_name = 'orders' AND is_generated = 'NEVER' ORDER BY ordinal_position""", String.class);
        String copied = String.join(", ", columns.stream().map(column -> switch (column) {
            case "id" -> "gen_random_uuid()";
            case "number" -> "'BULK-' || n";
            default -> "o." + column;
        }).toList());
        jdbc.update("INSERT INTO orders (" + String.join(", ", columns) + ") SELECT " + copied
                + " FROM orders o, generate_series(1, 10000) n WHERE o.number = ?", first);

        Response large = api.asOperator().get("/api/admin/orders?size=20");
        assertThat(large.json().at("/totalElements").asLong()).isEqualTo(10_000);
        assertThat(large.json().at("/totalExact").asBoolean()).isFalse();
        assertThat(large.json().at("/items").size()).isEqualTo(20);
        Response narrow = api.asOperator().get("/api/admin/orders?email=b@example");
        assertThat(narrow.json().at("/totalElements").asLong()).isEqualTo(1);
        assertThat(narrow.json().at("/totalExact").asBoolean()).isTrue();
    }

    @Test
    void findsTwoCharacterNameFragmentsInTheirOrderThroughTheBigramIndex() {
        String yamada = place("山田 太郎", "ヤマダ タロウ", "y@example.jp", "03-1234-5678", "A", 100, "YAMATO");
        String tayama = place("田山 花子", "タヤマ ハナコ", "t@example.jp", "03-1234-5679", "A", 100, "YAMATO");

        assertThat(numbers("customerName=山田")).containsExactly(yamada);
        assertThat(numbers("customerName=田山")).containsExactly(tayama);
        assertThat(numbers("customerKana=やま")).containsExactly(tayama, yamada);
        assertThat(numbers("customerKana=ﾏﾀﾞ")).containsExactly(yamada);

        // The condition the query adds for two characters is one the GIN index answers.
        List<String> plan = new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(tx -> {
                    jdbc.execute("SET LOCAL enable_seqscan = off");
                    return jdbc.queryForList("EXPLAIN SELECT number FROM orders o WHERE o.customer_name_bigrams"
                            + " @> ARRAY[CAST('山田' AS text)]", String.class);
                });
        assertThat(String.join("\n", plan)).contains("orders_customer_name_bigrams_idx");
    }

    @Test
    void rejectsBadSearchParametersNamingThem() {
        Response tooBig = api.asOperator().get("/api/admin/orders?size=201");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("size");

        Response badStatus = api.asOperator().get("/api/admin/orders?status=LOST");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().at("/errors/0/field").asString()).isEqualTo("status");

        Response badDate = api.asOperator().get("/api/admin/orders?placedFrom=2026-13-01");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().at("/errors/0/field").asString()).isEqualTo("placedFrom");

        Response reversed = api.asOperator().get("/api/admin/orders?placedFrom=2026-03-01&placedTo=2026-02-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().at("/errors/0/field").asString()).isEqualTo("placedFrom");

        Response negativePage = api.asOperator().get("/api/admin/orders?page=-1");
        assertThat(negativePage.status()).isEqualTo(400);
        assertThat(negativePage.json().at("/errors/0/field").asString()).isEqualTo("page");
    }
}
