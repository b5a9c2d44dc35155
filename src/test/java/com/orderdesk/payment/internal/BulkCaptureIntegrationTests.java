package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** Bulk capture: one failure never stops the rest, dry runs, CSV, and resuming after a crash. */
class BulkCaptureIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String BULK = "/api/admin/payments/bulk-capture";

    @Autowired
    BulkCaptureRunner runner;

    @Autowired
    BulkCaptureStore store;

    @Autowired
    MockMvc mvc;

    @Test
    void capturesEveryOrderItCanAndReportsEachFailureWithTheProvidersCode() {
        String first = authorizedOrder();
        String second = authorizedOrder();
        String captured = authorizedOrder();
        api.asOperator().post(commandUri(captured, "capture"), Map.of());
        gateway.script(OperationKind.CAPTURE, GatewayResult.declined(OperationKind.CAPTURE, "E01|E01040010", "取引状態不正"));

        Response started = api.asOperator().post(BULK, Map.of("orderNumbers", List.of(first, second, captured, "OD-999999")));

        assertThat(started.status()).isEqualTo(202);
        JsonNode job = awaitCompleted(started.json().at("/id").asString());
        assertThat(job.at("/total").asInt()).isEqualTo(4);
        assertThat(job.at("/succeeded").asInt()).isEqualTo(1);
        assertThat(job.at("/failed").asInt()).isEqualTo(3);
        assertThat(job.at("/items").valueStream().map(item -> item.at("/errorCode").asString()))
                .contains("E01|E01040010", "payment-action-not-allowed", "not-found");
        assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(3);
        assertThat(historyOf(first).stream().filter(line -> line.contains("実売上")).findFirst().orElseThrow())
                .contains("by operator1");
    }

    @Test
    void aDryRunSaysWhichOrdersWouldFailAndWhyWithoutCapturing() {
        String open = authorizedOrder();
        String captured = authorizedOrder();
        api.asOperator().post(commandUri(captured, "capture"), Map.of());

        Response dryRun = api.asOperator().post(BULK, Map.of("orderNumbers", List.of(open, captured), "dryRun", true));

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(dryRun.json().at("/items/0/status").asString()).isEqualTo("WOULD_SUCCEED");
        assertThat(dryRun.json().at("/items/1/status").asString()).isEqualTo("WOULD_FAIL");
        assertThat(dryRun.json().at("/items/1/errorMessage").asString())
                .isEqualTo("capture is only possible while AUTHORIZED (payment is CAPTURED)");
        assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(1);
    }

    @Test
    void resultsComeAsCsvAndJobsAreListed() throws Exception {
        String number = authorizedOrder();
        String id = api.asOperator().post(BULK, Map.of("orderNumbers", List.of(number, "OD-9,99"))).json()
                .at("/id").asString();
        awaitCompleted(id);

        String file = csv(BULK + "/" + id + ".csv", "*/*");
        String negotiated = csv(BULK + "/" + id, "text/csv");

        assertThat(file).startsWith("\uFEFForderNumber,status,amount,errorCode,errorMessage\r\n" + number + ",SUCCEEDED,3830,,\r\n")
                .contains("\"OD-9,99\",FAILED,,not-found,");
        assertThat(negotiated).isEqualTo(file);
        assertThat(api.asOperator().get(BULK).json().at("/jobs/0/id").asString()).isEqualTo(id);
    }

    @Test
    void aJobInterruptedByACrashResumesWithoutCapturingAnyOrderTwice() {
        String capturedBeforeCrash = authorizedOrder();
        String notStarted = authorizedOrder();
        String claimedButNotSent = authorizedOrder();
        api.asOperator().post(commandUri(capturedBeforeCrash, "capture"), Map.of());
        UUID job = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO bulk_capture_jobs (id, dry_run, status, requested_by, created_at, lease_until)
                VALUES (?, false, 'RUNNING', 'operator1', now() - interval '10 minutes', now() - interval '5 minutes')""", job);
        item(job, 0, capturedBeforeCrash, "IN_PROGRESS");
        item(job, 1, notStarted, "PENDING");
        item(job, 2, claimedButNotSent, "IN_PROGRESS");

        runner.resumeAbandoned();

        JsonNode resumed = awaitCompleted(job.toString());
        assertThat(resumed.at("/succeeded").asInt()).isEqualTo(3);
        assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_ledger WHERE kind = 'CAPTURE'", Long.class))
                .isEqualTo(3);
    }

    @Test
    void aJobsProvidersComeFromOneQueryOverItsPendingOrders() {
        String open = authorizedOrder();
        String another = authorizedOrder();
        String unknown = "OD-X" + UUID.randomUUID().toString().substring(0, 8);
        UUID job = store.create(List.of(open, unknown, another), false, "operator1");
        jdbc.update("UPDATE bulk_capture_items SET status = 'IN_PROGRESS' WHERE job_id = ? AND position = 2", job);

        List<BulkCaptureStore.ProviderWork> work = store.pendingWithProviders(job);

        assertThat(work).extracting(piece -> piece.item().orderNumber()).containsExactly(open, unknown);
        assertThat(work.get(0).provider()).isEqualTo(ScriptedGateway.CODE);
        assertThat(work.get(1).provider()).as("an unknown order has no provider; its capture says why").isNull();
    }

    @Test
    void thePaymentOfEachOrderIsFoundThroughAnIndexNotAScanOfEveryPayment() {
        UUID job = store.create(List.of(authorizedOrder()), false, "operator1");

        // With sequential scans priced out, a plan still scanning payments means no index can serve it
        // (at 1M payments that scan ran once per order of the job).
        String plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                var rows = statement.executeQuery("""
                        EXPLAIN SELECT i.position, p.provider FROM bulk_capture_items i
                        LEFT JOIN LATERAL (SELECT provider FROM payments WHERE order_number = i.order_number
                                           ORDER BY attempt DESC LIMIT 1) p ON true
                        WHERE i.job_id = '%s' AND i.status = 'PENDING'""".formatted(job));
                StringBuilder text = new StringBuilder();
                while (rows.next()) {
                    text.append(rows.getString(1)).append('\n');
                }
                statement.execute("RESET enable_seqscan");
                return text.toString();
            }
        });

        assertThat(plan).contains("payments_order_number_idx").doesNotContain("Seq Scan on payments");
    }

    private void item(UUID job, int position, String number, String status) {
        jdbc.update("INSERT INTO bulk_capture_items (job_id, position, order_number, status) VALUES (?, ?, ?, ?)",
                job, position, number, status);
    }

    private JsonNode awaitCompleted(String id) {
        await().atMost(Duration.ofSeconds(15)).until(() ->
                api.asOperator().get(BULK + "/" + id).json().at("/status").asString().equals("COMPLETED"));
        return api.asOperator().get(BULK + "/" + id).json();
    }

    private String csv(String uri, String accept) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(HttpMethod.GET, uri).header("Accept", accept)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("operator1").roles("OPERATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
