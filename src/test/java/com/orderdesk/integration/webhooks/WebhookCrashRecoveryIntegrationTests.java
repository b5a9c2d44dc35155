package com.orderdesk.integration.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.orderdesk.order.TestOrders;
import com.orderdesk.support.ApplicationProcess;
import com.orderdesk.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real crash between the commit of an event and its webhook delivery: the server runs in a JVM of
 * its own, the order commits, the server is killed (SIGKILL) while the webhook fan-out is still
 * waiting, and a new server started on the same database delivers the event, signed, once — through
 * the event publication registry (the incomplete publication goes stale and is resubmitted), not
 * through anything the test does. The fan-out is held at a table lock the test takes, so the kill
 * lands between commit and delivery every time.
 */
class WebhookCrashRecoveryIntegrationTests {

    /** The restarted server finds the crashed one's publications stale after seconds, not minutes. */
    private static final Map<String, String> FAST_RECOVERY = Map.of(
            "spring.modulith.events.staleness.published", "PT2S",
            "spring.modulith.events.staleness.processing", "PT2S",
            "spring.modulith.events.staleness.check-interval", "PT1S",
            "orderdesk.events.resubmission-interval", "PT1S",
            "orderdesk.events.resubmission-initial-delay", "PT1S",
            "orderdesk.events.resubmission-min-age", "PT0S");

    private final JsonMapper json = JsonMapper.builder().build();
    private final WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private TestDatabase database;

    @BeforeEach
    void receiverAndDatabase() {
        receiver.start();
        receiver.stubFor(post("/erp").willReturn(aResponse().withStatus(200)));
        database = TestDatabase.create();
    }

    @AfterEach
    void cleanUp() throws SQLException {
        receiver.stop();
        database.destroy();
    }

    @Test
    void anEventCommittedBeforeTheServerDiedIsDeliveredByTheRestartedServer() throws Exception {
        String secret;
        String number;
        try (ApplicationProcess first = ApplicationProcess.start("before-crash", database, Map.of())) {
            HttpResponse<String> registered = first.asAdmin("POST", "/api/admin/webhook-endpoints",
                    json.writeValueAsString(Map.of("url", receiver.baseUrl() + "/erp", "eventTypes", List.of("order.placed"))));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            secret = json.readTree(registered.body()).at("/secret").asString();

            try (Connection lock = connect()) {
                lock.setAutoCommit(false);
                try (Statement statement = lock.createStatement()) {
                    // Holds the fan-out (it reads the endpoints) after the order and its events have committed.
                    statement.execute("LOCK TABLE webhook_endpoints IN ACCESS EXCLUSIVE MODE");
                }
                HttpResponse<String> placed = first.asAdmin("POST", "/api/admin/orders",
                        json.writeValueAsString(TestOrders.order()));
                assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
                number = json.readTree(placed.body()).at("/number").asString();

                await().atMost(Duration.ofSeconds(60)).until(this::fanOutWaitsAtTheLock);
                first.kill();
                lock.rollback();
            }
        }
        assertThat(count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND listener_id LIKE '%WebhookFanOut%'")).as("the fan-out's publication outlived the process").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM webhook_deliveries")).isZero();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/erp")))).isEmpty();

        try (ApplicationProcess restarted = ApplicationProcess.start("after-restart", database, FAST_RECOVERY)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> !receiver.findAll(postRequestedFor(urlEqualTo("/erp"))).isEmpty());
            LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/erp"))).get(0);
            assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"),
                    request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"),
                    request.getBodyAsString())).isTrue();
            JsonNode event = json.readTree(request.getBodyAsString());
            assertThat(event.at("/type").asString()).isEqualTo("order.placed");
            assertThat(event.at("/orderNumber").asString()).isEqualTo(number);
            await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM webhook_deliveries"
                    + " WHERE status = 'DELIVERED'") == 1);
            Thread.sleep(2_000);
            assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/erp")))).as("delivered once").hasSize(1);
        }
    }

    /** The fan-out's publication is registered and a session waits for the endpoints table. */
    private boolean fanOutWaitsAtTheLock() throws SQLException {
        return count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND listener_id LIKE '%WebhookFanOut%'") == 1
                && count("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                        + " WHERE c.relname = 'webhook_endpoints' AND NOT l.granted") > 0;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword());
    }
}
