package com.orderdesk.integration.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.support.TestApi.Caller;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed outgoing webhooks end to end: a WireMock endpoint on loopback (allowed by the test
 * configuration only), signatures checked by an independent verifier, retries, replay, automatic
 * disabling, and delivery after a failure between the event's commit and its fan-out.
 */
class WebhookDeliveryIntegrationTests extends PaymentIntegrationTestSupport {

    private static final WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    @Autowired
    JsonMapper json;

    @Autowired
    IncompleteEventPublications incompletePublications;

    private Caller store;

    @BeforeAll
    static void startReceiver() {
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void storefront() {
        receiver.resetAll();
        store = api.withApiKey(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString());
    }

    @Test
    void aPlacedOrderArrivesSignedByTheStandardWebhooksScheme() {
        receiver.stubFor(post("/hooks").willReturn(aResponse().withStatus(200).withBody("thanks")));
        Response registered = register("/hooks", List.of("order.placed"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.header("Cache-Control")).contains("no-store");
        String secret = registered.json().at("/secret").asString();
        assertThat(secret).startsWith("whsec_");

        String number = placeOrder();
        LoggedRequest request = awaitRequests("/hooks", 1).get(0);

        String body = request.getBodyAsString();
        assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"), body)).isTrue();
        assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"), body.replace("3830", "3831")))
                .as("a changed body fails the check").isFalse();
        JsonNode event = json.readTree(body);
        assertThat(event.at("/schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.at("/type").asString()).isEqualTo("order.placed");
        assertThat(event.at("/id").asString()).isEqualTo(request.getHeader("webhook-id"));
        assertThat(event.at("/orderNumber").asString()).isEqualTo(number);
        assertThat(event.at("/order/totals/total").asLong()).isEqualTo(3830);

        String endpoint = registered.json().at("/endpoint/id").asString();
        JsonNode delivery = awaitDelivery(endpoint, "DELIVERED");
        JsonNode last = delivery.at("/log/" + (delivery.at("/attempts").asInt() - 1));
        assertThat(last.at("/responseStatus").asInt()).isEqualTo(200);
        assertThat(last.at("/responseExcerpt").asString()).isEqualTo("thanks");
        assertThat(last.at("/latencyMs").asLong()).isNotNegative();
        assertThat(api.asAdmin().get("/api/admin/webhook-endpoints").text()).doesNotContain(secret.substring(6));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM webhook_endpoints WHERE encode(secret_ciphertext, 'escape') LIKE ?",
                Long.class, "%" + secret.substring(6, 20) + "%")).isZero();
    }

    @Test
    void anEndpointThatFailsTwiceIsRetriedWithBackoffAndGetsTheSameMessage() {
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("database down")).willSetStateTo("timeout"));
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("timeout")
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)).willSetStateTo("up"));
        receiver.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        String endpoint = register("/flaky", List.of("order.placed")).json().at("/endpoint/id").asString();

        placeOrder();
        JsonNode delivery = awaitDelivery(endpoint, "DELIVERED");

        assertThat(delivery.at("/attempts").asInt()).isEqualTo(3);
        JsonNode log = delivery.at("/log");
        assertThat(log.get(0).at("/responseStatus").asInt()).isEqualTo(500);
        assertThat(log.get(0).at("/responseExcerpt").asString()).isEqualTo("database down");
        assertThat(log.get(1).at("/responseStatus").isNull()).isTrue();
        assertThat(log.get(1).at("/error").asString()).contains("timed out");
        assertThat(log.get(2).at("/responseStatus").asInt()).isEqualTo(204);
        Instant first = Instant.parse(log.get(0).at("/startedAt").asString());
        Instant second = Instant.parse(log.get(1).at("/startedAt").asString());
        assertThat(Duration.between(first, second)).as("backoff").isGreaterThanOrEqualTo(Duration.ofMillis(300));
        List<LoggedRequest> requests = awaitRequests("/flaky", 3);
        assertThat(requests).extracting(request -> request.getHeader("webhook-id")).containsOnly(delivery.at("/eventId").asString());
    }

    @Test
    void aDeliveryCanBeReplayed() {
        receiver.stubFor(post("/replay").willReturn(aResponse().withStatus(200)));
        String endpoint = register("/replay", List.of("order.placed")).json().at("/endpoint/id").asString();
        placeOrder();
        JsonNode delivered = awaitDelivery(endpoint, "DELIVERED");

        Response replayed = api.asAdmin().post("/api/admin/webhook-endpoints/" + endpoint + "/deliveries/"
                + delivered.at("/id").asString() + "/replay", Map.of());

        assertThat(replayed.status()).as(replayed.text()).isEqualTo(200);
        List<LoggedRequest> requests = awaitRequests("/replay", 2);
        assertThat(requests.get(1).getHeader("webhook-id")).isEqualTo(requests.get(0).getHeader("webhook-id"));
        assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(endpoint).get(0).at("/attempts").asInt() == 2);
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledWithTheReasonAndCanBeSwitchedOnAgain() {
        receiver.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
        String endpoint = register("/down", List.of("order.placed")).json().at("/endpoint/id").asString();

        placeOrder();
        placeOrder();

        await().atMost(Duration.ofSeconds(30)).until(() -> !api.asAdmin().get("/api/admin/webhook-endpoints/" + endpoint)
                .json().at("/enabled").asBoolean());
        JsonNode disabled = api.asAdmin().get("/api/admin/webhook-endpoints/" + endpoint).json();
        assertThat(disabled.at("/disabledReason").asString()).contains("6 failed attempts in a row").contains("HTTP 503");
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/down")))).hasSize(6);

        Response enabled = api.asAdmin().patch("/api/admin/webhook-endpoints/" + endpoint, Map.of("enabled", true));
        assertThat(enabled.json().at("/enabled").asBoolean()).isTrue();
        assertThat(enabled.json().at("/disabledReason").isNull()).isTrue();
    }

    @Test
    void anEventWhoseFanOutFailedAfterTheCommitIsDeliveredWhenItIsResubmitted() {
        receiver.stubFor(post("/later").willReturn(aResponse().withStatus(200)));
        String endpoint = register("/later", List.of("order.placed")).json().at("/endpoint/id").asString();
        // The fan-out cannot write (as if the process died before its transaction committed).
        jdbc.execute("ALTER TABLE webhook_deliveries ADD CONSTRAINT simulated_crash CHECK (false) NOT VALID");
        try {
            placeOrder();
            await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE '%WebhookFanOut%'",
                    Long.class) == 1);
        } finally {
            jdbc.execute("ALTER TABLE webhook_deliveries DROP CONSTRAINT simulated_crash");
        }
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/later")))).isEmpty();

        // What the restarted application does with incomplete publications.
        incompletePublications.resubmitIncompletePublications(publication -> true);

        awaitRequests("/later", 1);
        assertThat(awaitDelivery(endpoint, "DELIVERED").at("/eventType").asString()).isEqualTo("order.placed");
    }

    @Test
    void aFailedReviewArrivesSignedAsPaymentReviewCompletedWithItsOutcome() {
        receiver.stubFor(post("/reviews").willReturn(aResponse().withStatus(200)));
        Response registered = register("/reviews", List.of("payment.review-completed"));
        String secret = registered.json().at("/secret").asString();
        String number = checkoutUnderReview(store, NextAction.Type.SMS_CHECK);

        reviewStep(store, number, "0000");
        reviewStep(store, number, "1111");
        assertThat(reviewStep(store, number, "2222").json().at("/result").asString()).isEqualTo("FAILED");

        LoggedRequest request = awaitRequests("/reviews", 1).get(0);
        assertThat(StandardWebhooksVerifier.verify(secret, request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"),
                request.getBodyAsString())).isTrue();
        JsonNode event = json.readTree(request.getBodyAsString());
        assertThat(event.at("/type").asString()).isEqualTo("payment.review-completed");
        assertThat(event.at("/orderNumber").asString()).isEqualTo(number);
        assertThat(event.at("/change/from").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(event.at("/change/to").asString()).isEqualTo("FAILED");
        assertThat(event.at("/change/review/outcome").asString()).isEqualTo("FAILED");
        assertThat(event.at("/change/review/failure").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(event.at("/change/review/reason").asString()).contains("wrong code 3 times");
        assertThat(event.at("/change/review/orderCancelled").asBoolean()).isFalse();
        assertThat(event.at("/order/payment/status").asString()).isEqualTo("FAILED");
    }

    @Test
    void anApprovedReviewArrivesAsPaymentReviewCompletedApprovedAndOnlyOnce() {
        receiver.stubFor(post("/approved").willReturn(aResponse().withStatus(200)));
        register("/approved", List.of("payment.review-completed"));
        String number = checkoutUnderReview(store, NextAction.Type.SMS_CHECK);

        assertThat(reviewStep(store, number, ScriptedGateway.REVIEW_CODE).json().at("/result").asString())
                .isEqualTo("PASSED");

        JsonNode event = json.readTree(awaitRequests("/approved", 1).get(0).getBodyAsString());
        assertThat(event.at("/type").asString()).isEqualTo("payment.review-completed");
        assertThat(event.at("/orderNumber").asString()).isEqualTo(number);
        assertThat(event.at("/change/from").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(event.at("/change/to").asString()).isEqualTo("AUTHORIZED");
        assertThat(event.at("/change/review/outcome").asString()).isEqualTo("APPROVED");
        assertThat(event.at("/change/review/failure").isNull()).isTrue();
        awaitEventListeners();
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/approved")))).as("one outcome per review").hasSize(1);
    }

    @Test
    void aChangeOfAnEndpointNeedsItsCurrentEtag() {
        receiver.stubFor(post("/etag").willReturn(aResponse().withStatus(200)));
        Response registered = register("/etag", List.of("order.placed"));
        String uri = "/api/admin/webhook-endpoints/" + registered.json().at("/endpoint/id").asString();
        String etag = api.asAdmin().get(uri).header("ETag");
        assertThat(etag).isEqualTo(registered.header("ETag")).isEqualTo("\"0\"");

        Response unconditional = api.asAdmin().patchUnconditionally(uri, Map.of("description", "ERP"));
        assertThat(unconditional.status()).isEqualTo(428);
        assertThat(unconditional.json().at("/errors/0/field").asString()).isEqualTo("If-Match");

        Response changed = api.asAdmin().patch(uri, Map.of("description", "ERP"), "If-Match", etag);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().at("/description").asString()).isEqualTo("ERP");

        Response stale = api.asAdmin().patch(uri, Map.of("description", "lost edit"), "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().at("/currentVersion").asLong()).isEqualTo(1);
        assertThat(api.asAdmin().get(uri).json().at("/description").asString()).isEqualTo("ERP");
    }

    @Test
    void registrationRefusesUnknownEventTypesAndIsForAdminsOnly() {
        Response unknown = register("/x", List.of("order.exploded"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("eventTypes");

        Response operator = api.asOperator().post("/api/admin/webhook-endpoints",
                Map.of("url", receiver.baseUrl() + "/x", "eventTypes", List.of("order.placed")));
        assertThat(operator.status()).isEqualTo(403);
    }

    private Response register(String path, List<String> types) {
        return api.asAdmin().post("/api/admin/webhook-endpoints", Map.of("url", receiver.baseUrl() + path,
                "eventTypes", types));
    }

    private String placeOrder() {
        Response placed = store.post("/api/store/orders", TestOrders.order());
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().at("/number").asString();
    }

    private List<LoggedRequest> awaitRequests(String path, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() >= count);
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private List<JsonNode> deliveries(String endpoint) {
        Response response = api.asAdmin().get("/api/admin/webhook-endpoints/" + endpoint + "/deliveries");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().valueStream().toList();
    }

    private JsonNode awaitDelivery(String endpoint, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(endpoint).stream()
                .anyMatch(delivery -> delivery.at("/status").asString().equals(status)));
        return deliveries(endpoint).stream().filter(delivery -> delivery.at("/status").asString().equals(status))
                .findFirst().orElseThrow();
    }
}
