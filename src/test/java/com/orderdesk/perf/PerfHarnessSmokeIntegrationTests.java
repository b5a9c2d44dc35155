package com.orderdesk.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.payment.PaymentTestConfiguration;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness's scenarios (src/perf, perf/*.sh) driven once at small counts inside
 * {@code ./mvnw verify}, so a change that breaks them shows before a benchmark run: webhook ingest
 * over HTTP, store checkout through the GMO-PG simulator, the simulator's notice applied through the
 * inbox and measured with {@code perf/inbox-lag.sql}, the admin reads, and a bulk capture checked
 * for double captures as {@code perf/bulk-capture.sh} checks them. Loopback only, counts not
 * timings: nothing here asserts a duration.
 *
 * <p>Same context as the subscription tests (real port, sandbox simulators over HTTP), so it
 * costs no extra start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orderdesk.subscriptions.generation-cron=-")
@Import(PaymentTestConfiguration.class)
@MockitoSpyBean(types = PaymentManagement.class) // as the subscription tests declare it: the same context
class PerfHarnessSmokeIntegrationTests extends IntegrationTestSupport {

    private static final int NOTICES = 40;
    private static final int ORDERS = 5;

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String apiKey;

    @BeforeEach
    void cardMethodAndStoreKey() {
        Map<String, Object> method = Map.of("code", "CARD", "name", "クレジットカード", "provider", "GMO_PG",
                "captureImmediately", false);
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        apiKey = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "perf")).json().at("/key").asString();
    }

    private HttpResponse<String> post(String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** WebhookIngestSimulation's GMO-PG notice (NoticeBodies, src/perf): unique, sandbox shop credentials. */
    private static String gmoNotice(int n) {
        return "ShopID=tshop00000001&ShopPass=sandboxpass&AccessID=smoke" + n + "&OrderID=SMOKE-" + n
                + "&Status=CAPTURE&JobCd=CAPTURE&Amount=1000&Tax=0&Currency=JPN&TranDate=20261129120000"
                + "&TranID=smoke" + n + "&Approve=0000000&Forward=2a99662&PayType=0&ErrCode=&ErrInfo=";
    }

    @Test
    void theHarnessScenariosRunEndToEndAtSmallCounts() throws Exception {
        // Webhook ingest: concurrent unique notices, each acknowledged only once stored.
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(8)) {
            for (int n = 0; n < NOTICES; n++) {
                int notice = n;
                answers.add(senders.submit(() -> post("/webhooks/gmo-pg", "application/x-www-form-urlencoded",
                        gmoNotice(notice))));
            }
        }
        for (Future<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
            assertThat(answer.get().body()).isEqualTo("0");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE provider_order_id LIKE 'SMOKE-%'",
                Long.class)).isEqualTo(NOTICES);

        // Store checkout through the GMO-PG simulator, then the simulator's result notice for each (InboxLagSimulation).
        Instant since = Instant.now();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "CARD");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            // A one-time token each, as StoreCheckoutSimulation sends: the simulator refuses a used one (EX1000301).
            order.put("instrument", Map.of("token", "tok_smoke_" + i));
            String checkout = json.writeValueAsString(order);
            HttpResponse<String> placed = post("/api/store/checkout", "application/json", checkout, "X-Api-Key", apiKey);
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            JsonNode answer = json.readTree(placed.body());
            assertThat(answer.at("/payment/status").asString()).isEqualTo("AUTHORIZED");
            numbers.add(answer.at("/order/number").asString());
        }
        for (String number : numbers) {
            HttpResponse<String> notified = post("/api/sandbox/gmo-pg/notify/" + number + "-1",
                    "application/x-www-form-urlencoded", "");
            assertThat(notified.statusCode()).as(notified.body()).isBetween(200, 204);
        }
        String lag = Files.readString(Path.of("perf/inbox-lag.sql")).replaceAll("(?m)^--.*$", "")
                .replace(":since::timestamptz", "?::timestamptz").replace(":provider", "?").strip().replaceAll(";$", "");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForMap(lag, since.toString(), "GMO_PG"),
                row -> ((Number) row.get("notices")).longValue() == ORDERS && ((Number) row.get("not_applied")).longValue() == 0
                        && row.get("p99_ms") != null);

        // The admin reads of AdminReadsSimulation and OrderSearchSimulation's search by number.
        for (String path : List.of("/api/admin/orders/" + numbers.get(0), "/api/admin/orders/" + numbers.get(0) + "/payments",
                "/api/admin/orders/" + numbers.get(0) + "/history", "/api/admin/webhooks?status=FAILED",
                "/api/admin/orders?number=" + numbers.get(0))) {
            assertThat(api.asAdmin().get(path).status()).as(path).isEqualTo(200);
        }

        // Bulk capture (perf/bulk-capture.sh) with the provider's own concurrency, then its double-capture checks.
        Response settings = api.asAdmin().put("/api/admin/providers/gmo-pg/settings",
                Map.of("enabled", true, "environment", "SANDBOX", "options", Map.of("bulkCaptureConcurrency", "2")));
        assertThat(settings.status()).as(settings.text()).isEqualTo(200);
        String job = api.asOperator().post("/api/admin/payments/bulk-capture", Map.of("orderNumbers", numbers)).json()
                .at("/id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                jdbc.queryForObject("SELECT status FROM bulk_capture_jobs WHERE id = ?::uuid", String.class, job)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bulk_capture_items WHERE job_id = ?::uuid AND status = 'SUCCEEDED'",
                Long.class, job)).isEqualTo(ORDERS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_ledger WHERE kind = 'CAPTURE'", Long.class)).isEqualTo(ORDERS);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT payment_id FROM payment_operations WHERE kind = 'CAPTURE' AND outcome = 'SUCCEEDED'
                GROUP BY payment_id HAVING count(*) > 1) twice""", Long.class)).isZero();
    }
}
