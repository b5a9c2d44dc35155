package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.orderdesk.OrderDeskApplication;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.support.TestClock;
import com.orderdesk.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two OrderDesk instances on one database, as behind a load balancer: two application contexts
 * in this JVM, each on its own loopback port with its own scripted provider (so what each instance
 * sent to the provider is counted apart), their jobs running on short intervals. Whichever instance
 * gets the work:
 * <ul>
 * <li>a notice posted to both instances is stored and applied once;</li>
 * <li>two bulk-capture jobs for the same orders, started at once on the two instances, capture
 * each order once between them;</li>
 * <li>an operation of unknown outcome is asked about and resolved by one instance, once;</li>
 * <li>the scheduled authorization expiry expires each lapsed payment once.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTests {

    private static final String METHOD = "KAKE";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestDatabase database;
    private JdbcTemplate jdbc;
    private Instance first;
    private Instance second;

    /** One running instance: its port, its provider and its clock. */
    private record Instance(ConfigurableApplicationContext context, int port, ScriptedGateway gateway, TestClock clock) {

        static Instance start(TestDatabase database) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderDeskApplication.class,
                    PaymentTestConfiguration.class).run(
                            "--server.port=0", "--server.address=127.0.0.1",
                            "--spring.datasource.url=" + database.getJdbcUrl(),
                            "--spring.datasource.username=" + database.getUsername(),
                            "--spring.datasource.password=" + database.getPassword(),
                            "--orderdesk.payments.inbox-poll-interval=PT0.2S",
                            "--orderdesk.payments.reconciliation-interval=PT0.2S",
                            "--orderdesk.payments.expiry-interval=PT0.2S",
                            "--orderdesk.payments.bulk-capture-resume-interval=PT0.5S");
            return new Instance(context,
                    Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")),
                    context.getBean(ScriptedGateway.class), context.getBean(TestClock.class));
        }
    }

    @BeforeAll
    void twoInstancesOnOneDatabase() {
        database = TestDatabase.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
                database.getPassword()));
        first = Instance.start(database);
        second = Instance.start(database);
        HttpResponse<String> method = post(first, "/api/admin/payment-methods",
                PaymentIntegrationTestSupport.scriptedMethod(METHOD, false));
        assertThat(method.statusCode()).as(method.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() throws SQLException {
        Stream.of(first, second).filter(java.util.Objects::nonNull).forEach(instance -> instance.context().close());
        database.destroy();
    }

    @Test
    void aNoticePostedToBothInstancesIsAppliedOnce() throws Exception {
        List<String> orders = authorizedOrders(12);
        List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
        for (String number : orders) {
            String notice = "key=CAP-" + number + "&order=" + number + "-1&status=CAPTURED";
            for (Instance instance : List.of(first, second)) {
                acks.add(CompletableFuture.supplyAsync(() -> notify(instance, notice)));
            }
        }
        for (CompletableFuture<HttpResponse<String>> ack : acks) {
            assertThat(ack.get().statusCode()).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM payment_notifications"
                + " WHERE status = 'RECEIVED' OR status = 'PROCESSING'") == 0);
        for (String number : orders) {
            assertThat(count("SELECT count(*) FROM payment_notifications WHERE provider_order_id = ?", number + "-1"))
                    .as("stored once").isEqualTo(1);
            assertThat(history(number)).as("applied once").filteredOn(line -> line.contains("通知: CAPTURED")).hasSize(1);
            assertThat(count("SELECT count(*) FROM payment_ledger l JOIN payments p ON p.id = l.payment_id"
                    + " WHERE p.order_number = ? AND l.kind = 'CAPTURE'", number)).isEqualTo(1);
        }
    }

    @Test
    void twoBulkCaptureJobsForTheSameOrdersOnTheTwoInstancesCaptureEachOrderOnce() throws Exception {
        List<String> orders = authorizedOrders(10);
        clearCalls();

        CompletableFuture<HttpResponse<String>> onFirst = CompletableFuture.supplyAsync(
                () -> post(first, "/api/admin/payments/bulk-capture", Map.of("orderNumbers", orders)));
        CompletableFuture<HttpResponse<String>> onSecond = CompletableFuture.supplyAsync(
                () -> post(second, "/api/admin/payments/bulk-capture", Map.of("orderNumbers", orders)));
        List<String> jobs = new ArrayList<>();
        for (var started : List.of(onFirst, onSecond)) {
            assertThat(started.get().statusCode()).as(started.get().body()).isEqualTo(202);
            jobs.add(json.readTree(started.get().body()).at("/id").asString());
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> jobs.stream().allMatch(id -> "COMPLETED".equals(
                read(first, "/api/admin/payments/bulk-capture/" + id).at("/status").asString())));

        List<ScriptedGateway.Call> captures = calls(OperationKind.CAPTURE);
        assertThat(captures).as("one capture per order between the two instances").hasSize(orders.size());
        assertThat(captures.stream().map(ScriptedGateway.Call::paymentId).distinct()).hasSize(orders.size());
        int succeeded = 0;
        for (String id : jobs) {
            succeeded += read(first, "/api/admin/payments/bulk-capture/" + id).at("/succeeded").asInt();
        }
        assertThat(succeeded).isEqualTo(orders.size());
        for (String number : orders) {
            assertThat(status(number)).isEqualTo("CAPTURED");
        }
    }

    @Test
    void anUnknownOutcomeIsReconciledByOneInstanceOnce() {
        List<String> orders = authorizedOrders(6);
        for (int i = 0; i < orders.size(); i++) {
            first.gateway().script(OperationKind.CAPTURE, GatewayResult.unknown(OperationKind.CAPTURE, "read timed out"));
        }
        for (String number : orders) {
            assertThat(post(first, "/api/admin/orders/" + number + "/payment/capture", Map.of()).statusCode())
                    .isEqualTo(202);
        }
        GatewayStatusResult capturedThere = new GatewayStatusResult(true, PaymentStatus.CAPTURED, "SALES", 3830L, null,
                Map.of(), null);
        clearCalls();
        for (Instance instance : List.of(first, second)) {
            instance.gateway().status(capturedThere);
            // Past the first check's backoff on both instances' clocks.
            instance.clock().advance(Duration.ofMinutes(2));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM payment_operations"
                + " WHERE kind = 'CAPTURE' AND resolved_at IS NULL") == 0);

        Map<UUID, Long> asked = calls(OperationKind.STATUS_QUERY).stream()
                .collect(Collectors.groupingBy(ScriptedGateway.Call::paymentId, Collectors.counting()));
        assertThat(asked).hasSize(orders.size()).allSatisfy((payment, times) -> assertThat(times).isEqualTo(1));
        for (String number : orders) {
            assertThat(status(number)).isEqualTo("CAPTURED");
        }
    }

    @Test
    void theScheduledExpiryExpiresEachLapsedAuthorizationOnce() {
        List<String> orders = authorizedOrders(6);
        for (Instance instance : List.of(first, second)) {
            instance.clock().advance(Duration.ofDays(70));
        }
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.stream().allMatch(n -> "EXPIRED".equals(status(n))));
            for (String number : orders) {
                await().atMost(Duration.ofSeconds(30)).until(() -> history(number).stream()
                        .anyMatch(line -> line.startsWith("テスト決済 与信期限切れ")));
                assertThat(history(number)).filteredOn(line -> line.startsWith("テスト決済 与信期限切れ")).hasSize(1);
            }
        } finally {
            for (Instance instance : List.of(first, second)) {
                instance.clock().reset();
            }
        }
    }

    private List<String> authorizedOrders(int count) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> order = TestOrders.order();
            order.put("paymentMethodCode", METHOD);
            // Alternating, as a load balancer would.
            HttpResponse<String> placed = post(i % 2 == 0 ? first : second, "/api/admin/orders", order);
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            orders.add(json.readTree(placed.body()).at("/number").asString());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> orders.stream().allMatch(n -> "AUTHORIZED".equals(status(n))));
        return orders;
    }

    private String status(String number) {
        JsonNode payments = read(first, "/api/admin/orders/" + number + "/payments").at("/payments");
        return payments.isEmpty() ? "" : payments.get(0).at("/status").asString();
    }

    private List<String> history(String number) {
        return read(second, "/api/admin/orders/" + number + "/history").valueStream()
                .map(entry -> entry.at("/description").asString()).toList();
    }

    private List<ScriptedGateway.Call> calls(OperationKind kind) {
        return Stream.concat(first.gateway().calls(kind).stream(), second.gateway().calls(kind).stream()).toList();
    }

    private void clearCalls() {
        for (Instance instance : List.of(first, second)) {
            instance.gateway().reset();
        }
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private JsonNode read(Instance instance, String path) {
        return json.readTree(send(instance, "GET", path, null).body());
    }

    private HttpResponse<String> post(Instance instance, String path, Object body) {
        return send(instance, "POST", path, json.writeValueAsString(body));
    }

    private HttpResponse<String> send(Instance instance, String method, String path, String body) {
        String basic = Base64.getEncoder().encodeToString("admin:bootstrap-admin-secret".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " on port " + instance.port(), e);
        }
    }

    private HttpResponse<String> notify(Instance instance, String notice) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port()
                + "/webhooks/scripted")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(notice, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("notice to port " + instance.port(), e);
        }
    }
}
