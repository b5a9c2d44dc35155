package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An ADMIN disables and re-enables operators, changes their role and resets their password through
 * the API; every change to accounts and API keys is in the audit log (who, when, before/after,
 * secrets masked), which only an ADMIN reads.
 */
class OperatorAdministrationIntegrationTests extends IntegrationTestSupport {

    private static final String ADMIN_PASSWORD = "bootstrap-admin-secret";
    private static final String PASSWORD = "a-long-passphrase";

    private Response administer(String username, Map<String, Object> change) {
        return api.withBasic("admin", ADMIN_PASSWORD).post("/api/admin/users/" + username + "/administration", change);
    }

    @Test
    void anAdminDisablesPromotesAndResetsAnOperatorAndEveryChangeIsAudited() {
        assertThat(api.withBasic("admin", ADMIN_PASSWORD).post("/api/admin/users", Map.of("username", "hanako",
                "password", PASSWORD, "role", "OPERATOR")).status()).isEqualTo(201);
        assertThat(api.withBasic("hanako", PASSWORD).get("/api/admin/orders").status()).isEqualTo(200);

        Response disabled = administer("hanako", Map.of("enabled", false));
        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(disabled.json().at("/enabled").asBoolean()).isFalse();
        assertThat(api.withBasic("hanako", PASSWORD).get("/api/admin/orders").status()).isEqualTo(401);

        assertThat(administer("hanako", Map.of("enabled", true, "role", "ADMIN")).status()).isEqualTo(200);
        assertThat(api.withBasic("hanako", PASSWORD).get("/api/admin/api-keys").status()).isEqualTo(200);

        assertThat(administer("hanako", Map.of("newPassword", "another-long-passphrase")).status()).isEqualTo(200);
        assertThat(api.withBasic("hanako", PASSWORD).get("/api/admin/orders").status()).isEqualTo(401);
        assertThat(api.withBasic("hanako", "another-long-passphrase").get("/api/admin/orders").status()).isEqualTo(200);
        assertThat(administer("hanako", Map.of("newPassword", "short")).json().at("/errors/0/field").asString())
                .isEqualTo("newPassword");
        assertThat(administer("nobody", Map.of("enabled", false)).status()).isEqualTo(404);

        JsonNode log = api.withBasic("admin", ADMIN_PASSWORD).get("/api/admin/audit-log").json().at("/entries");
        assertThat(log.toString()).doesNotContain(PASSWORD).doesNotContain("another-long-passphrase");
        JsonNode disabling = null;
        for (JsonNode entry : log) {
            if (entry.at("/after").asString().equals("role=OPERATOR, enabled=false")) {
                disabling = entry;
            }
        }
        assertThat(disabling).as(log.toString()).isNotNull();
        assertThat(disabling.at("/actor").asString()).isEqualTo("admin");
        assertThat(disabling.at("/subject").asString()).isEqualTo("hanako");
        assertThat(disabling.at("/before").asString()).isEqualTo("role=OPERATOR, enabled=true");
        assertThat(disabling.at("/at").asString()).isNotBlank();
        assertThat(log.toString()).contains("password reset to ****", "\"action\":\"created\"");
    }

    @Test
    void anAdminCannotDisableOrDemoteTheirOwnAccount() {
        assertThat(administer("admin", Map.of("enabled", false)).status()).isEqualTo(409);
        assertThat(administer("admin", Map.of("role", "OPERATOR")).status()).isEqualTo(409);
        assertThat(api.withBasic("admin", ADMIN_PASSWORD).get("/api/admin/orders").status()).isEqualTo(200);
    }

    @Test
    void apiKeyIssueAndRevocationAreAuditedAndOnlyAdminsReadTheLog() {
        Response issued = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "shop-a"));
        String plain = issued.json().at("/key").asString();
        api.asAdmin().delete("/api/admin/api-keys/" + issued.json().at("/id").asString());

        String log = api.asAdmin().get("/api/admin/audit-log").text();

        assertThat(log).contains("\"action\":\"issued\"", "\"action\":\"revoked\"", "name=shop-a").doesNotContain(plain)
                .doesNotContain(plain.substring(plain.lastIndexOf('_') + 1));
        assertThat(api.asOperator().get("/api/admin/audit-log").status()).isEqualTo(403);
    }
}
