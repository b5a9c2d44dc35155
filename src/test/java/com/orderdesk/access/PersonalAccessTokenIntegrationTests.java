package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Operators' personal access tokens: created with the password (shown once, stored hashed), used
 * as {@code Authorization: Bearer}, with no BCrypt per call; scoped to reading or writing; refused
 * once revoked, expired or when the operator is disabled; rate-limited like API keys.
 */
class PersonalAccessTokenIntegrationTests extends IntegrationTestSupport {

    private static final String PASSWORD = "a-long-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    private void operator(String username, String role) {
        assertThat(api.asAdmin().post("/api/admin/users", Map.of("username", username, "password", PASSWORD,
                "role", role)).status()).isEqualTo(201);
    }

    private Response create(String username, Map<String, Object> request) {
        return api.withBasic(username, PASSWORD).post("/api/admin/users/me/tokens", request);
    }

    private String token(String username, String name) {
        Response created = create(username, Map.of("name", name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/token").asString();
    }

    private MockHttpServletResponse call(String method, String uri, String token) throws Exception {
        var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), uri)
                .header("Authorization", "Bearer " + token);
        if (!method.equals("GET")) {
            request.contentType("application/json").content("{}");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private double hashChecks() {
        return meters.get("orderdesk.sign-in.password-hash-checks").counter().count();
    }

    /** The secret after {@code odp_<hex prefix>_}; it may itself hold '_' (base64url), so not after the last one. */
    private static String secretOf(String token) {
        return token.substring(token.indexOf('_', "odp_".length()) + 1);
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndSignsItsOperatorInWithoutBcrypt() throws Exception {
        operator("script-op", "OPERATOR");
        Response created = create("script-op", Map.of("name", "nightly report"));
        String token = created.json().at("/token").asString();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        assertThat(token).startsWith("odp_");
        assertThat(created.json().at("/scopes").toString()).isEqualTo("[\"admin:read\",\"admin:write\"]");
        assertThat(Instant.parse(created.json().at("/expiresAt").asString()))
                .as("90 days unless chosen").isBetween(Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));
        String listed = api.withBasic("script-op", PASSWORD).get("/api/admin/users/me/tokens").text();
        assertThat(listed).contains("nightly report").doesNotContain(token)
                .doesNotContain(secretOf(token));
        String stored = jdbc.queryForObject("SELECT secret_hash FROM personal_access_tokens", String.class);
        assertThat(stored).hasSize(64).doesNotContain(secretOf(token));

        double before = hashChecks();
        for (int i = 0; i < 5; i++) {
            assertThat(call("GET", "/api/admin/orders", token).getStatus()).isEqualTo(200);
        }
        assertThat(hashChecks() - before).as("BCrypt comparisons for 5 token calls").isZero();
        assertThat(call("GET", "/api/admin/api-keys", token).getStatus()).as("the operator's role applies").isEqualTo(403);
    }

    @Test
    void aWrongRevokedOrExpiredTokenIsA401AndATokenCannotMintTokens() throws Exception {
        operator("careful-op", "OPERATOR");
        String token = token("careful-op", "laptop");

        MockHttpServletResponse wrong = call("GET", "/api/admin/orders", token + "x");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).contains("Bearer", "invalid_token");
        assertThat(wrong.getContentType()).isEqualTo("application/problem+json");

        MockHttpServletResponse minted = call("POST", "/api/admin/users/me/tokens", token);
        assertThat(minted.getStatus()).isEqualTo(403);
        assertThat(minted.getContentAsString()).contains("password-sign-in-required");

        jdbc.update("UPDATE personal_access_tokens SET expires_at = now() - interval '1 second'");
        MockHttpServletResponse expired = call("GET", "/api/admin/orders", token);
        assertThat(expired.getStatus()).isEqualTo(401);
        assertThat(expired.getContentAsString()).contains("expired");

        String second = token("careful-op", "desktop");
        String id = api.withBasic("careful-op", PASSWORD).get("/api/admin/users/me/tokens").json().at("/0/id").asString();
        assertThat(call("DELETE", "/api/admin/users/me/tokens/" + id, second).getStatus()).as("revoking itself").isEqualTo(200);
        assertThat(call("GET", "/api/admin/orders", second).getStatus()).isEqualTo(401);
    }

    @Test
    void aDisabledOperatorsTokensStopWorkingAtOnce() throws Exception {
        operator("leaving-op", "OPERATOR");
        String token = token("leaving-op", "cron");
        assertThat(call("GET", "/api/admin/orders", token).getStatus()).isEqualTo(200);

        assertThat(api.asAdmin().post("/api/admin/users/leaving-op/administration", Map.of("enabled", false)).status())
                .isEqualTo(200);

        assertThat(call("GET", "/api/admin/orders", token).getStatus()).isEqualTo(401);
    }

    @Test
    void aReadTokenCannotWriteAndTheProblemNamesTheScope() throws Exception {
        operator("reader-op", "ADMIN");
        Response created = create("reader-op", Map.of("name", "dashboard", "scopes", List.of("admin:read")));
        String token = created.json().at("/token").asString();

        assertThat(call("GET", "/api/admin/orders", token).getStatus()).isEqualTo(200);
        MockHttpServletResponse write = call("POST", "/api/admin/users", token);
        assertThat(write.getStatus()).isEqualTo(403);
        assertThat(write.getContentAsString()).contains("missing-scope", "admin:write");
        assertThat(write.getHeader("WWW-Authenticate")).contains("insufficient_scope");
    }

    @Test
    void eachOperatorSeesOnlyTheirOwnTokensAndAnAdminCanRevokeAnyones() throws Exception {
        operator("op-a", "OPERATOR");
        operator("op-b", "OPERATOR");
        String tokenA = token("op-a", "a-script");
        String idA = api.withBasic("op-a", PASSWORD).get("/api/admin/users/me/tokens").json().at("/0/id").asString();

        assertThat(api.withBasic("op-b", PASSWORD).get("/api/admin/users/me/tokens").json().size()).isZero();
        assertThat(api.withBasic("op-b", PASSWORD).delete("/api/admin/users/me/tokens/" + idA).status()).isEqualTo(404);
        assertThat(api.withBasic("op-b", PASSWORD).get("/api/admin/users/op-a/tokens").status()).isEqualTo(403);

        assertThat(api.asAdmin().get("/api/admin/users/op-a/tokens").json().at("/0/name").asString()).isEqualTo("a-script");
        assertThat(api.asAdmin().delete("/api/admin/users/op-a/tokens/" + idA).json().at("/usable").asBoolean()).isFalse();
        assertThat(call("GET", "/api/admin/orders", tokenA).getStatus()).isEqualTo(401);
        String log = api.asAdmin().get("/api/admin/audit-log").text();
        assertThat(log).contains("personal-access-token", "\"action\":\"created\"", "\"action\":\"revoked\"")
                .doesNotContain(secretOf(tokenA));
    }

    @Test
    void badNamesScopesAndExpiriesAreRefusedNamingTheField() {
        operator("typo-op", "OPERATOR");
        assertThat(create("typo-op", Map.of("name", "x", "scopes", List.of("admin:delete"))).json().at("/errors/0/field")
                .asString()).isEqualTo("scopes[0]");
        assertThat(create("typo-op", Map.of("name", "x", "expiresAt", "2020-01-01T00:00:00Z")).json()
                .at("/errors/0/field").asString()).isEqualTo("expiresAt");
        assertThat(create("typo-op", Map.of("name", "x", "expiresAt", Instant.now().plus(400, ChronoUnit.DAYS).toString()))
                .json().at("/errors/0/field").asString()).isEqualTo("expiresAt");
        assertThat(create("typo-op", Map.of("name", "")).json().at("/errors/0/field").asString()).isEqualTo("name");
        token("typo-op", "twice");
        assertThat(create("typo-op", Map.of("name", "twice")).status()).isEqualTo(409);
    }

    @Test
    void aTokenOverItsRequestRateGets429() throws Exception {
        operator("busy-op", "OPERATOR");
        String token = token("busy-op", "loop");
        int served = 0;
        MockHttpServletResponse last = null;
        for (int i = 0; i < 301; i++) {
            last = call("GET", "/api/admin/users/me/tokens", token);
            served += last.getStatus() == 429 ? 0 : 1;
        }
        assertThat(served).isEqualTo(300);
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(last.getHeader("Retry-After")).isEqualTo("60");
    }
}
