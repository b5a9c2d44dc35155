package com.orderdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.shared.Csv;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 受注CSV end to end: a filter from the order list, the job in the background with its progress,
 * and the file — UTF-8 with BOM, Japanese headers, one row per line with the payment and the
 * shipment, formulas neutralised, only the orders the filter matches.
 */
class OrderExportIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String EXPORTS = "/api/admin/order-exports";

    @Test
    void exportsTheMatchingOrdersWithLinesPaymentAndShipmentAsABackgroundJob() {
        String paid = authorizedOrder();
        Response shipped = api.asOperator().post("/api/admin/orders/" + paid + "/shipments",
                ShippingTestData.shipment("YAMATO", ShippingTestData.yamato(12345678901L)));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        Map<String, Object> formula = TestOrders.order();
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) formula.get("customer");
        customer.put("name", "=HYPERLINK(\"http://evil.example\",\"x\")");
        Response placed = api.asOperator().post("/api/admin/orders", formula);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String other = placed.json().at("/number").asString();
        api.asOperator().post("/api/admin/orders/" + other + "/status", Map.of("status", "CANCELLED"));
        awaitEventListeners();
        String paymentStatus = paymentsOf(paid).get(0).at("/status").asString();

        Response started = api.asOperator().post(EXPORTS, Map.of("statuses", List.of("NEW", "PROCESSING", "SHIPPED",
                "COMPLETED")));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(started.json().at("/status").asString()).isIn("QUEUED", "RUNNING", "DONE");

        JsonNode job = awaitDone(location);
        assertThat(job.at("/total").asInt()).isEqualTo(1);
        assertThat(job.at("/processed").asInt()).isEqualTo(1);
        assertThat(job.at("/rows").asInt()).isEqualTo(2);

        Response file = api.asOperator().download(location + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("text/csv");
        String csv = new String(file.raw().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF受注番号,受注日時,受注ステータス,購入者名");
        List<Csv.Row> rows = Csv.parse(csv, "file");
        assertThat(rows).hasSize(3);
        List<String> header = rows.get(0).fields();
        Csv.Row first = rows.get(1);
        assertThat(first.get(header.indexOf("受注番号"))).isEqualTo(paid);
        assertThat(first.get(header.indexOf("決済ステータス"))).isEqualTo(paymentStatus);
        assertThat(first.get(header.indexOf("決済金額"))).isEqualTo("3830");
        assertThat(first.get(header.indexOf("合計金額"))).isEqualTo("3830");
        assertThat(first.get(header.indexOf("配送業者"))).isEqualTo("YAMATO");
        assertThat(first.get(header.indexOf("追跡番号"))).isEqualTo(ShippingTestData.yamato(12345678901L));
        assertThat(first.get(header.indexOf("出荷日"))).isEqualTo("2026-11-20");
        assertThat(rows.subList(1, 3)).extracting(row -> row.get(header.indexOf("商品コード"))).doesNotHaveDuplicates();
        assertThat(csv).as("the cancelled order is not in the filter").doesNotContain(other);

        Response all = api.asOperator().post(EXPORTS, Map.of());
        String everything = new String(api.asOperator().download(awaitDone(all.header("Location")).at("/id").asString()
                .transform(id -> EXPORTS + "/" + id + "/file")).raw().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(everything).contains(other).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
        assertThat(api.asOperator().get(EXPORTS).json().at("/exports").size()).isEqualTo(2);
    }

    @Test
    void aFileIsRefusedUntilTheExportIsDoneAndAJobLeftByADeadWorkerIsTakenOver() {
        placeOrder(METHOD);
        jdbc.update("""
                INSERT INTO order_exports (id, filter, status, processed, total, lease_until, requested_by, created_at)
                VALUES ('00000000-0000-0000-0000-000000000001', '{}', 'RUNNING', 0, 1, now() + interval '1 hour',
                        'operator1', now())""");
        Response early = api.asOperator().download(EXPORTS + "/00000000-0000-0000-0000-000000000001/file");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().at("/detail").asString()).contains("RUNNING");

        jdbc.update("UPDATE order_exports SET lease_until = now() - interval '1 second'");

        JsonNode job = awaitDone(EXPORTS + "/00000000-0000-0000-0000-000000000001");
        assertThat(job.at("/rows").asInt()).isEqualTo(2);
    }

    private JsonNode awaitDone(String location) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.asOperator().get(location).json().at("/status")
                .asString().equals("DONE"));
        return api.asOperator().get(location).json();
    }
}
