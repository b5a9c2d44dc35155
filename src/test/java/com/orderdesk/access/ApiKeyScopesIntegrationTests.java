package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

/**
 * API keys carry scopes and an optional expiry: a key without the route's scope is a 403 problem
 * naming the scope, an expired key is a 401 that says so, and a key issued without scopes (like
 * every key issued before scopes existed) holds them all.
 */
class ApiKeyScopesIntegrationTests extends IntegrationTestSupport {

    private static final String SYNC = "/api/store/orders?updatedSince=2020-01-01T00:00:00Z";

    private Response issue(Map<String, Object> request) {
        return api.asAdmin().post("/api/admin/api-keys", request);
    }

    private String key(String name, List<String> scopes) {
        Response issued = issue(Map.of("name", name, "scopes", scopes));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return issued.json().at("/key").asString();
    }

    @Test
    void aKeyMissingTheRoutesScopeIsRefusedWithAProblemNamingIt() {
        String readOnly = key("read-only", List.of("orders:read"));

        assertThat(api.withApiKey(readOnly).get(SYNC).status()).isEqualTo(200);

        Response place = api.withApiKey(readOnly).post("/api/store/orders", Map.of());
        assertThat(place.status()).isEqualTo(403);
        assertThat(place.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(place.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:missing-scope");
        assertThat(place.json().at("/detail").asString()).contains("orders:write");
        assertThat(place.json().at("/missingScopes").toString()).isEqualTo("[\"orders:write\"]");

        Response checkout = api.withApiKey(readOnly).post("/api/store/checkout", Map.of());
        assertThat(checkout.status()).isEqualTo(403);
        assertThat(checkout.json().at("/missingScopes").toString()).isEqualTo("[\"orders:write\",\"payments:write\"]");

        assertThat(api.withApiKey(readOnly).get("/api/store/payment-methods").json().at("/missingScopes").toString())
                .isEqualTo("[\"payments:read\"]");
        assertThat(api.withApiKey(readOnly).get("/api/store/no-such-route").status())
                .as("an unknown path is still a 404, not a scope refusal").isEqualTo(404);
    }

    @Test
    void aKeyWithTheScopeIsServedAndTheScopesAreShown() {
        Response issued = issue(Map.of("name", "customers", "scopes", List.of("customers:write", "customers:read")));
        String customers = issued.json().at("/key").asString();

        assertThat(issued.json().at("/scopes").toString()).isEqualTo("[\"customers:read\",\"customers:write\"]");
        Response created = api.withApiKey(customers).post("/api/store/customers", Map.of("name", "山田 太郎",
                "email", "taro@example.jp"));
        assertThat(created.status()).as(created.text()).isNotEqualTo(403);
        assertThat(api.withApiKey(customers).get(SYNC).status()).isEqualTo(403);
        assertThat(api.asAdmin().get("/api/admin/api-keys/" + issued.json().at("/id").asString()).json().at("/scopes")
                .size()).isEqualTo(2);
    }

    @Test
    void aKeyIssuedWithoutScopesHoldsEveryScope() {
        Response issued = issue(Map.of("name", "everything"));

        assertThat(issued.json().at("/scopes").toString()).isEqualTo("[\"orders:read\",\"orders:write\",\"payments:read\","
                + "\"payments:write\",\"customers:read\",\"customers:write\",\"subscriptions:read\",\"subscriptions:write\"]");
        assertThat(issued.json().at("/expiresAt").isNull()).isTrue();
        String key = issued.json().at("/key").asString();
        assertThat(api.withApiKey(key).get(SYNC).status()).isEqualTo(200);
        assertThat(api.withApiKey(key).get("/api/store/subscriptions/SUB-999999").status()).isNotIn(401, 403);
    }

    @Test
    void anExpiredKeyIsA401ThatSaysSo() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Response issued = issue(Map.of("name", "short-lived", "expiresAt", inAnHour.toString()));
        String key = issued.json().at("/key").asString();
        assertThat(issued.json().at("/expiresAt").asString()).isEqualTo(inAnHour.toString());
        assertThat(api.withApiKey(key).get(SYNC).status()).isEqualTo(200);

        // The hour passes (the key's expiry moved into the past rather than the application's clock forward).
        Instant expiry = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jdbc.update("UPDATE api_keys SET expires_at = ? WHERE name = 'short-lived'", java.sql.Timestamp.from(expiry));

        Response refused = api.withApiKey(key).get(SYNC);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:api-key-expired");
        assertThat(refused.json().at("/detail").asString()).contains(expiry.toString());
        assertThat(api.asAdmin().get("/api/admin/api-keys").json().at("/0/usable").asBoolean()).isFalse();
        assertThat(api.withApiKey(key + "x").get(SYNC).json().at("/type").asString())
                .as("a wrong key is not told apart from an unknown one").isEqualTo("urn:orderdesk:problem:unauthenticated");
    }

    @Test
    void badScopesAndPastExpiriesAreRefusedNamingTheField() {
        Response unknown = issue(Map.of("name", "typo", "scopes", List.of("orders:read", "orders:delete")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("scopes[1]");
        assertThat(unknown.json().at("/errors/0/message").asString()).contains("orders:write");

        Response none = issue(Map.of("name", "nothing", "scopes", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().at("/errors/0/field").asString()).isEqualTo("scopes");

        Map<String, Object> past = new LinkedHashMap<>();
        past.put("name", "stale");
        past.put("expiresAt", Instant.now().minusSeconds(60).toString());
        Response expired = issue(past);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().at("/errors/0/field").asString()).isEqualTo("expiresAt");
        assertThat(api.asAdmin().get("/api/admin/api-keys").json().size()).as("nothing was issued").isZero();
    }

    @Test
    void scopesAndExpiryAreInTheAuditLog() {
        issue(Map.of("name", "audited", "scopes", List.of("orders:read"), "expiresAt", "2099-01-01T00:00:00Z"));

        assertThat(api.asAdmin().get("/api/admin/audit-log").text()).contains("scopes=[orders:read]",
                "expiresAt=2099-01-01T00:00:00Z");
    }
}
