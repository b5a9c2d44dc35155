package com.orderdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/** What every integration test starts from: {@link EmptyTables} leaves no row and restarts owned sequences. */
class EmptyTablesIntegrationTests extends IntegrationTestSupport {

    @Test
    void everyTableIsEmptiedReferencingTablesFirstAndOwnedSequencesStartAgain() {
        for (int i = 0; i < 2; i++) {
            Response placed = api.asOperator().post("/api/admin/orders", TestOrders.order());
            assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        }
        assertThat(count("order_lines")).isPositive();
        assertThat(count("order_history")).isPositive();
        // The orders' listeners finish first, so that nothing they write comes after the emptying.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication"
                + " WHERE completion_date IS NULL AND (status IS NULL OR status NOT IN ('FAILED', 'COMPLETED'))",
                Long.class) == 0);

        EmptyTables tables = EmptyTables.of(jdbc, Set.of("flyway_schema_history", "operator_accounts"));
        tables.empty(jdbc);

        List<String> names = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                + " AND table_name NOT IN ('flyway_schema_history', 'operator_accounts')", String.class);
        assertThat(names).hasSizeGreaterThan(40);
        assertThat(names).allSatisfy(table -> assertThat(count(table)).as(table).isZero());
        assertThat(jdbc.queryForObject("SELECT nextval('order_history_id_seq')", Long.class))
                .as("owned by order_history, restarted as by TRUNCATE … RESTART IDENTITY").isEqualTo(1);
    }

    @Test
    void referencingTablesComeFirstAndACycleFallsBackToTruncate() {
        // payment_operations references payments (ON DELETE NO ACTION): deleting payments first would fail.
        Map<String, Set<String>> referencedBy = Map.of("payments", Set.of("payment_operations", "payment_ledger"),
                "payment_operations", Set.of("payment_operations"));
        assertThat(EmptyTables.referencingFirst(List.of("payment_ledger", "payment_operations", "payments"), referencedBy))
                .endsWith("payments").containsExactlyInAnyOrder("payment_ledger", "payment_operations", "payments");
        assertThat(EmptyTables.referencingFirst(List.of("a", "b"), Map.of("a", Set.of("b"), "b", Set.of("a"))))
                .as("no order exists").isEmpty();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Long.class);
    }
}
