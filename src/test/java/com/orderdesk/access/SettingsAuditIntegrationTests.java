package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every change to provider settings and payment methods is in the audit log an ADMIN reads (who,
 * when, before and after), written by the payment module through the shared audit port; the clear
 * value of a credential never appears there.
 */
class SettingsAuditIntegrationTests extends IntegrationTestSupport {

    private static final String GMO = "/api/admin/providers/gmo-pg/settings";
    private static final String FIRST_PASS = "p4ssw0rd-first-secret";
    private static final String SECOND_PASS = "p4ssw0rd-second-secret";

    private static Map<String, Object> settings(String environment, Map<String, String> credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", true);
        body.put("environment", environment);
        body.put("baseUrl", "https://pt01.example.jp");
        body.put("options", Map.of("tds2", "true"));
        body.put("credentials", credentials);
        return body;
    }

    private JsonNode entries(String subjectType) {
        Response log = api.asAdmin().get("/api/admin/audit-log?subjectType=" + subjectType);
        assertThat(log.status()).as(log.text()).isEqualTo(200);
        return log.json().at("/entries");
    }

    @Test
    void providerSettingsChangesAreAuditedWithCredentialsMasked() {
        assertThat(api.asAdmin().put(GMO, settings("TEST", Map.of("shopId", "tshop00012345", "shopPass", FIRST_PASS)))
                .status()).isEqualTo(200);
        Map<String, Object> second = settings("TEST", Map.of("shopPass", SECOND_PASS));
        second.put("options", Map.of("tds2", "false"));
        assertThat(api.asAdmin().put(GMO, second).status()).isEqualTo(200);

        JsonNode entries = entries("provider-settings");
        assertThat(entries.size()).isEqualTo(2);
        JsonNode change = entries.get(0);
        assertThat(change.at("/actor").asString()).isEqualTo("admin1"); // TestApi.asAdmin()
        assertThat(change.at("/subject").asString()).isEqualTo("gmo-pg");
        assertThat(change.at("/action").asString()).isEqualTo("changed");
        assertThat(change.at("/at").asString()).isNotBlank();
        assertThat(change.at("/before").asString()).contains("environment=TEST", "options={tds2=true}",
                "shopPass=****", "shopId=****");
        assertThat(change.at("/after").asString()).contains("options={tds2=false}", "shopPass=**** (set in this change)",
                "shopId=****");
        assertThat(change.at("/after").asString()).doesNotContain("shopId=**** (set");
        assertThat(entries.get(1).at("/action").asString()).isEqualTo("created");

        String whole = api.asAdmin().get("/api/admin/audit-log").text();
        assertThat(whole).doesNotContain(FIRST_PASS).doesNotContain(SECOND_PASS).doesNotContain("tshop00012345");
    }

    @Test
    void paymentMethodChangesAreAuditedBeforeAndAfter() {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", "CARD");
        method.put("name", "クレジットカード");
        method.put("provider", "GMO_PG");
        method.put("sortOrder", 10);
        method.put("captureImmediately", false);
        method.put("fee", Map.of("type", "FIXED", "amount", 330, "taxCategory", "STANDARD_10"));
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        method.remove("code");
        method.put("fee", Map.of("type", "FIXED", "amount", 440, "taxCategory", "STANDARD_10"));
        Response changed = api.asAdmin().put("/api/admin/payment-methods/CARD", method);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(api.asAdmin().delete("/api/admin/payment-methods/CARD").status()).isLessThan(300);

        JsonNode entries = entries("payment-method");
        assertThat(entries.size()).isEqualTo(3);
        assertThat(entries.get(0).at("/action").asString()).isEqualTo("disabled");
        assertThat(entries.get(0).at("/before").asString()).contains("enabled=true");
        assertThat(entries.get(0).at("/after").asString()).contains("enabled=false");
        JsonNode change = entries.get(1);
        assertThat(change.at("/action").asString()).isEqualTo("changed");
        assertThat(change.at("/subject").asString()).isEqualTo("CARD");
        assertThat(change.at("/actor").asString()).isEqualTo("admin1"); // TestApi.asAdmin()
        assertThat(change.at("/before").asString()).contains("amount=330");
        assertThat(change.at("/after").asString()).contains("amount=440");
        assertThat(entries.get(2).at("/action").asString()).isEqualTo("created");
        assertThat(entries.get(2).at("/before").isNull()).isTrue();
    }

    @Test
    void onlyAnAdminReadsTheLogAndAnUnknownSubjectTypeIsEmpty() {
        assertThat(api.asOperator().get("/api/admin/audit-log?subjectType=provider-settings").status()).isEqualTo(403);
        assertThat(entries("nothing-like-this").size()).isZero();
        assertThat(api.asAdmin().get("/api/admin/audit-log?subjectType=DROP%20TABLE").status()).isEqualTo(400);
    }
}
