package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;

class AccessIntegrationTests extends IntegrationTestSupport {

    /** From src/test/resources/config/application.yml (orderdesk.bootstrap-admin-password). */
    private static final String BOOTSTRAP_CREDENTIAL = "bootstrap-admin-secret";

    @Test
    void anonymousCallsToTheAdminApiGetAProblemAndABasicChallenge() {
        Response response = api.anonymous().get("/api/admin/orders");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:unauthenticated");
    }

    @Test
    void theBootstrapAdminSignsInWithTheConfiguredCredentialStoredOnlyAsBcrypt() {
        assertThat(api.withBasic("admin", BOOTSTRAP_CREDENTIAL).get("/api/admin/orders").status()).isEqualTo(200);
        assertThat(api.withBasic("admin", "wrong-credential").get("/api/admin/orders").status()).isEqualTo(401);
        String hash = jdbc.queryForObject("SELECT password_hash FROM operator_accounts WHERE username = 'admin'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain(BOOTSTRAP_CREDENTIAL);
    }

    @Test
    void anAdminCreatesOperatorsWhoMayWorkOrdersButNotManageUsers() {
        Response created = api.withBasic("admin", BOOTSTRAP_CREDENTIAL).post("/api/admin/users",
                Map.of("username", "hanako", "password", "a-long-passphrase", "role", "OPERATOR"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().has("password")).isFalse();

        assertThat(api.withBasic("hanako", "a-long-passphrase").get("/api/admin/orders").status()).isEqualTo(200);
        Response forbidden = api.withBasic("hanako", "a-long-passphrase").post("/api/admin/users",
                Map.of("username", "jiro", "password", "another-passphrase", "role", "ADMIN"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:forbidden");
        assertThat(api.withBasic("hanako", "a-long-passphrase").get("/api/admin/api-keys").status()).isEqualTo(403);
    }

    @Test
    void operatorCreationValidatesNamePasswordAndUniqueness() {
        Response shortPassword = api.asAdmin().post("/api/admin/users",
                Map.of("username", "kenta", "password", "short", "role", "OPERATOR"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().at("/errors/0/field").asString()).isEqualTo("password");

        Response badRole = api.asAdmin().post("/api/admin/users",
                Map.of("username", "kenta", "password", "a-long-passphrase", "role", "ROOT"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.json().at("/errors/0/field").asString()).isEqualTo("role");

        assertThat(api.asAdmin().post("/api/admin/users",
                Map.of("username", "kenta", "password", "a-long-passphrase", "role", "OPERATOR")).status()).isEqualTo(201);
        Response duplicate = api.asAdmin().post("/api/admin/users",
                Map.of("username", "kenta", "password", "a-long-passphrase", "role", "OPERATOR"));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void anOperatorChangesTheirOwnPassword() {
        api.asAdmin().post("/api/admin/users", Map.of("username", "mika", "password", "first-passphrase", "role", "OPERATOR"));

        Response wrongCurrent = api.withBasic("mika", "first-passphrase").post("/api/admin/users/me/password",
                Map.of("currentPassword", "not-it-at-all", "newPassword", "second-passphrase"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().at("/errors/0/field").asString()).isEqualTo("currentPassword");

        Response changed = api.withBasic("mika", "first-passphrase").post("/api/admin/users/me/password",
                Map.of("currentPassword", "first-passphrase", "newPassword", "second-passphrase"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.withBasic("mika", "second-passphrase").get("/api/admin/orders").status()).isEqualTo(200);
        assertThat(api.withBasic("mika", "first-passphrase").get("/api/admin/orders").status()).isEqualTo(401);
    }

    @Test
    void apiKeysAreShownOnceStoredHashedAndStopWorkingWhenRevoked() {
        Response issued = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront"));
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.json().at("/key").asString();
        assertThat(key).startsWith("odk_");
        assertThat(issued.header("Cache-Control")).contains("no-store");
        assertThat(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).status())
                .as("two active keys may not share a name").isEqualTo(409);
        String id = issued.json().at("/id").asString();

        Response listed = api.asAdmin().get("/api/admin/api-keys");
        assertThat(listed.json().at("/0/key").isMissingNode() || listed.json().at("/0/key").isNull()).isTrue();
        // The secret follows the row prefix (odk_<prefix>_<secret>); base64url may itself contain '_'.
        assertThat(listed.text()).doesNotContain(key.substring(key.indexOf('_', "odk_".length()) + 1));
        String stored = jdbc.queryForObject("SELECT secret_hash FROM api_keys", String.class);
        assertThat(stored).hasSize(64).doesNotContain(key);

        Response placed = api.withApiKey(key).post("/api/store/orders", TestOrders.order());
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().at("/channel").asString()).isEqualTo("STORE");
        String number = placed.json().at("/number").asString();
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").json().at("/0/actor").asString())
                .isEqualTo("api-key:storefront");

        assertThat(api.asAdmin().delete("/api/admin/api-keys/" + id).status()).isEqualTo(200);
        Response revoked = api.withApiKey(key).post("/api/store/orders", TestOrders.order());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).status())
                .as("the name is free again once revoked").isEqualTo(201);
    }

    @Test
    void theStoreApiAcceptsOnlyApiKeys() {
        assertThat(api.withApiKey("odk_00000000_forged").post("/api/store/orders", TestOrders.order()).status()).isEqualTo(401);
        assertThat(api.withApiKey("garbage").post("/api/store/orders", TestOrders.order()).status()).isEqualTo(401);
        assertThat(api.withBasic("admin", BOOTSTRAP_CREDENTIAL).post("/api/store/orders", TestOrders.order()).status())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();
    }

    @Test
    void healthAndApiDocsArePublicOtherActuatorEndpointsAreForAdmins() {
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api.asOperator().get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(api.asAdmin().get("/actuator/metrics").status()).isEqualTo(200);
    }
}
