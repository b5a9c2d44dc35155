package com.orderdesk.shared.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.access.internal.ApiKeys;
import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Idempotency-Key end to end through the real security chains and the order endpoints. */
class IdempotencyKeyApiIntegrationTests extends IntegrationTestSupport {

    private static final String KEY = "Idempotency-Key";
    private static final String ORDERS = "/api/admin/orders";

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    ExpiredIdempotencyKeyCleanup cleanup;

    @Test
    void aRetryReplaysTheFirstResponseWithoutPlacingASecondOrder() {
        Response first = api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");
        Response retry = api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();
        assertThat(retry.raw().getContentType()).isEqualTo(first.raw().getContentType());
        assertThat(orders()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT state FROM idempotency_keys", String.class)).isEqualTo("COMPLETED");
    }

    @Test
    void theStoreApiHonoursTheKeyPerApiKey() {
        String storefrontA = apiKeys.issue("storefront-a", "admin").plainKey();
        String storefrontB = apiKeys.issue("storefront-b", "admin").plainKey();

        Response first = api.withApiKey(storefrontA).post("/api/store/orders", TestOrders.order(), KEY, "cart-42");
        Response retry = api.withApiKey(storefrontA).post("/api/store/orders", TestOrders.order(), KEY, "cart-42");
        Response otherIntegrator = api.withApiKey(storefrontB).post("/api/store/orders", TestOrders.order(), KEY, "cart-42");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().at("/number").asString()).isEqualTo(first.json().at("/number").asString());
        assertThat(otherIntegrator.status()).isEqualTo(201);
        assertThat(otherIntegrator.header("Idempotent-Replayed")).isNull();
        assertThat(otherIntegrator.json().at("/number").asString()).isNotEqualTo(first.json().at("/number").asString());
        assertThat(orders()).isEqualTo(2);
    }

    @Test
    void twoOperatorsWithTheSameKeyDoNotCollide() {
        Response operator = api.asOperator().post(ORDERS, TestOrders.order(), KEY, "same");
        Response admin = api.asAdmin().post(ORDERS, TestOrders.order(), KEY, "same");

        assertThat(operator.status()).isEqualTo(201);
        assertThat(admin.status()).isEqualTo(201);
        assertThat(admin.header("Idempotent-Replayed")).isNull();
        assertThat(orders()).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");
        Map<String, Object> other = TestOrders.order();
        other.put("shippingFee", 0);

        Response reused = api.asOperator().post(ORDERS, other, KEY, "order-1");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.raw().getContentType()).isEqualTo("application/problem+json");
        assertThat(reused.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:idempotency-key-reused");
        assertThat(reused.json().at("/detail").asString()).contains("Idempotency-Key");
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherQueryStringIsRefused() {
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");

        assertThat(api.asOperator().post(ORDERS + "?x=1", TestOrders.order(), KEY, "order-1").status()).isEqualTo(422);
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void aDuplicateWhileTheFirstIsStillRunningIsAConflict() {
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");
        // As if the first request had only claimed the key and were still running.
        jdbc.update("UPDATE idempotency_keys SET state = 'IN_PROGRESS', claimed_at = now(), response_status = NULL, "
                + "response_body = NULL");

        Response duplicate = api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.raw().getContentType()).isEqualTo("application/problem+json");
        assertThat(duplicate.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:idempotency-key-in-progress");
        assertThat(duplicate.json().at("/detail").asString()).contains("still being processed");
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void aClaimStuckInProgressPastTheTimeoutIsTakenOverByTheSameRequest() {
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");
        // As if the instance that claimed the key had crashed six minutes ago.
        jdbc.update("UPDATE idempotency_keys SET state = 'IN_PROGRESS', claimed_at = now() - interval '6 minutes', "
                + "response_status = NULL, response_body = NULL");

        Response retry = api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(jdbc.queryForObject("SELECT state FROM idempotency_keys", String.class)).isEqualTo("COMPLETED");
    }

    @Test
    void aStuckClaimIsNotTakenOverByAnotherBody() {
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "order-1");
        jdbc.update("UPDATE idempotency_keys SET state = 'IN_PROGRESS', claimed_at = now() - interval '6 minutes'");
        Map<String, Object> other = TestOrders.order();
        other.put("shippingFee", 0);

        assertThat(api.asOperator().post(ORDERS, other, KEY, "order-1").status()).isEqualTo(422);
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void anExpiredKeyIsFreeAgainAndCleanedUp() {
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "old");
        api.asOperator().post(ORDERS, TestOrders.order(), KEY, "recent");
        jdbc.update("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE idempotency_key = 'old'");
        Map<String, Object> other = TestOrders.order();
        other.put("shippingFee", 0);

        Response reusedAfterExpiry = api.asOperator().post(ORDERS, other, KEY, "old");

        assertThat(reusedAfterExpiry.status()).isEqualTo(201);
        assertThat(reusedAfterExpiry.header("Idempotent-Replayed")).isNull();
        assertThat(orders()).isEqualTo(3);

        jdbc.update("UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE idempotency_key = 'old'");
        cleanup.deleteExpired();

        assertThat(jdbc.queryForList("SELECT idempotency_key FROM idempotency_keys", String.class)).containsExactly("recent");
    }

    @Test
    void withoutTheHeaderEveryPostRuns() {
        api.asOperator().post(ORDERS, TestOrders.order());
        api.asOperator().post(ORDERS, TestOrders.order());

        assertThat(orders()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_keys", Long.class)).isZero();
    }

    @Test
    void aClientErrorIsTheFinalAnswerAndReplayed() {
        Map<String, Object> invalid = TestOrders.order();
        invalid.put("shippingFee", -1);

        Response first = api.asOperator().post(ORDERS, invalid, KEY, "bad-1");
        Response retry = api.asOperator().post(ORDERS, invalid, KEY, "bad-1");

        assertThat(first.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.raw().getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnythingRuns() {
        for (String malformed : new String[] {"", "   ", "x".repeat(256), "キー", "tab\there"}) {
            Response response = api.asOperator().post(ORDERS, TestOrders.order(), KEY, malformed);

            assertThat(response.status()).as("key '%s'", malformed).isEqualTo(400);
            assertThat(response.raw().getContentType()).isEqualTo("application/problem+json");
            assertThat(response.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:validation");
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
        }
        assertThat(api.asOperator().post(ORDERS, TestOrders.order(), KEY, "x".repeat(255)).status()).isEqualTo(201);
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void anUnauthenticatedPostIsRefusedBySecurityWithoutClaimingTheKey() {
        Response response = api.anonymous().post(ORDERS, TestOrders.order(), KEY, "order-1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_keys", Long.class)).isZero();
    }

    private long orders() {
        return jdbc.queryForObject("SELECT count(*) FROM orders", Long.class);
    }
}
