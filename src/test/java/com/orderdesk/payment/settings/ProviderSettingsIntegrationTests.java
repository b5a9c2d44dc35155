package com.orderdesk.payment.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.atobarai.AtobaraiProvider;
import com.orderdesk.payment.dsk.DskProvider;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gmo.GmoProvider;
import com.orderdesk.payment.internal.settings.EncryptedSecret;
import com.orderdesk.payment.internal.settings.SecretCipher;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;

class ProviderSettingsIntegrationTests extends IntegrationTestSupport {

    private static final String GMO = "/api/admin/providers/gmo-pg/settings";

    @Autowired
    ProviderSettingsLookup lookup;

    @Autowired
    ConfigurableEnvironment environment;

    @Value("${orderdesk.secret-key}")
    String secretKey;

    @Value("${orderdesk.payment.retired-secret-keys}")
    String retiredKey;

    private static Map<String, Object> testSettings(Map<String, String> credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", true);
        body.put("environment", "TEST");
        body.put("baseUrl", "https://pt01.example.jp");
        body.put("options", Map.of("tds2", "true"));
        body.put("credentials", credentials);
        return body;
    }

    private Response put(Map<String, Object> body) {
        return api.asAdmin().put(GMO, body);
    }

    @Test
    void aProviderNeverConfiguredRunsAgainstItsSimulatorWithSandboxCredentials() {
        Response shown = api.asOperator().get(GMO);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().at("/enabled").asBoolean()).isTrue();
        assertThat(shown.json().at("/environment").asString()).isEqualTo("SANDBOX");
        assertThat(shown.json().at("/baseUrl").asString()).isEqualTo("http://127.0.0.1:8080/api/sandbox/gmo-pg");
        assertThat(shown.json().at("/configured").asBoolean()).isFalse();

        ProviderSettings settings = lookup.settingsFor(GmoProvider.CODE);
        assertThat(settings.environment()).isEqualTo(ProviderSettings.Environment.SANDBOX);
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:8080/api/sandbox/gmo-pg");
        assertThat(settings.credential("shopId")).isEqualTo("tshop00000001");
        assertThat(settings.credential("shopPass")).isEqualTo("sandboxpass");
        assertThat(lookup.settingsFor(AtobaraiProvider.CODE).baseUrl())
                .isEqualTo("http://127.0.0.1:8080/api/sandbox/kuroneko-atobarai");
    }

    @Test
    void theSimulatorUrlFollowsThePortTheServerActuallyGot() {
        MapPropertySource port = new MapPropertySource("embedded-server-port", Map.of("local.server.port", "54321"));
        environment.getPropertySources().addFirst(port);
        try {
            assertThat(lookup.settingsFor(DskProvider.CODE).baseUrl()).isEqualTo("http://127.0.0.1:54321/api/sandbox/dsk");
            assertThat(api.asOperator().get(GMO).json().at("/baseUrl").asString())
                    .isEqualTo("http://127.0.0.1:54321/api/sandbox/gmo-pg");
        } finally {
            environment.getPropertySources().remove(port.getName());
        }
    }

    @Test
    void dskSettingsShowWhereOrderDeskConnectsFromAndThatTheCartsConnectionAddressIsNoNoticeSender() {
        JsonNode shown = api.asOperator().get("/api/admin/providers/dsk/settings").json();

        assertThat(shown.at("/connectsFrom").asString()).isEqualTo("198.51.100.20");
        assertThat(shown.at("/help/connectsFrom").asString()).contains("接続元 IP アドレス");
        assertThat(shown.at("/help/notificationAllowlist").asString()).contains("DSK does not publish them")
                .contains("52.198.37.11").contains("where the shop connects to DSK from");
    }

    @Test
    void listsEveryDeclaredProviderInNameOrder() {
        put(testSettings(Map.of("shopId", "tshop00012345", "shopPass", "p4ssw0rd-secret")));

        Response listed = api.asOperator().get("/api/admin/providers");

        Map<String, JsonNode> bySlug = new LinkedHashMap<>();
        listed.json().forEach(provider -> bySlug.put(provider.at("/provider").asString(), provider));
        assertThat(bySlug.keySet()).as("every adapter's provider (a test double may declare more)")
                .contains("gmo-pg", "dsk");
        List<String> names = new ArrayList<>();
        listed.json().forEach(provider -> names.add(ProviderCode.fromSlug(provider.at("/provider").asString()).orElseThrow().name()));
        assertThat(names).isSorted();
        assertThat(bySlug.get("gmo-pg").at("/environment").asString()).isEqualTo("TEST");
        assertThat(bySlug.get("gmo-pg").at("/configured").asBoolean()).isTrue();
        assertThat(bySlug.get("dsk").at("/environment").asString()).isEqualTo("SANDBOX");
        assertThat(bySlug.get("dsk").at("/configured").asBoolean()).isFalse();
    }

    @Test
    void settingsRoundTripWithMaskedCredentials() {
        Response saved = put(testSettings(Map.of("shopId", "tshop00012345", "shopPass", "p4ssw0rd-secret", "sitePass", "abc")));

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        Response shown = api.asOperator().get(GMO);
        assertThat(shown.json().at("/environment").asString()).isEqualTo("TEST");
        assertThat(shown.json().at("/baseUrl").asString()).isEqualTo("https://pt01.example.jp");
        assertThat(shown.json().at("/options/tds2").asString()).isEqualTo("true");
        assertThat(shown.json().at("/configured").asBoolean()).isTrue();
        assertThat(shown.json().at("/credentials/shopId").asString()).isEqualTo("••••345");
        assertThat(shown.json().at("/credentials/shopPass").asString()).isEqualTo("••••ret");
        assertThat(shown.json().at("/credentials/sitePass").asString()).as("short secrets show nothing").isEqualTo("••••");
        assertThat(shown.text()).doesNotContain("p4ssw0rd").doesNotContain("tshop00012345");
        assertThat(saved.text()).doesNotContain("p4ssw0rd").doesNotContain("tshop00012345");

        ProviderSettings settings = lookup.settingsFor(GmoProvider.CODE);
        assertThat(settings.baseUrl()).isEqualTo("https://pt01.example.jp");
        assertThat(settings.credential("shopPass")).isEqualTo("p4ssw0rd-secret");
        assertThat(settings.flag("tds2")).isTrue();
        assertThat(settings.toString()).doesNotContain("p4ssw0rd");
    }

    @Test
    void storedCiphertextIsNotThePlainValueAndDecryptsWithTheKey() throws Exception {
        put(testSettings(Map.of("shopPass", "p4ssw0rd-secret")));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT key_id, iv, ciphertext FROM provider_credentials WHERE provider = 'GMO_PG' AND name = 'shopPass'");
        byte[] iv = (byte[]) row.get("iv");
        byte[] ciphertext = (byte[]) row.get("ciphertext");
        assertThat(iv).hasSize(12);
        assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("p4ssw0rd");
        assertThat((String) row.get("key_id")).matches("k[0-9a-f]{8}");

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(secretKey), "AES"),
                new GCMParameterSpec(128, iv));
        cipher.updateAAD("gmo-pg/shopPass".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8)).isEqualTo("p4ssw0rd-secret");
    }

    @Test
    void aTamperedCiphertextOrUnknownKeyIsRefusedWithAClearError() {
        put(testSettings(Map.of("shopId", "tshop00012345", "shopPass", "p4ssw0rd-secret")));

        jdbc.update("UPDATE provider_credentials SET ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) "
                + "WHERE name = 'shopPass'");
        assertThatThrownBy(() -> lookup.settingsFor(GmoProvider.CODE)).isInstanceOf(ProviderNotConfigured.class)
                .hasMessageContaining("gmo-pg/shopPass failed GCM authentication");
        assertThat(api.asOperator().get(GMO).json().at("/credentials/shopPass").asString()).contains("cannot be decrypted");
        assertThat(api.asOperator().get(GMO).json().at("/credentials/shopId").asString()).isEqualTo("••••345");

        jdbc.update("UPDATE provider_credentials SET key_id = 'k00000000' WHERE name = 'shopId'");
        assertThatThrownBy(() -> lookup.settingsFor(GmoProvider.CODE)).isInstanceOf(ProviderNotConfigured.class)
                .hasMessageContaining("encrypted under key k00000000, which is not configured");
    }

    @Test
    void aValueUnderTheRetiredKeyStaysReadableAndMovesToTheCurrentKeyOnTheNextSave() {
        put(testSettings(Map.of("shopId", "tshop00012345", "shopPass", "p4ssw0rd-secret")));
        String currentKeyId = jdbc.queryForObject("SELECT key_id FROM provider_credentials WHERE name = 'shopPass'", String.class);
        EncryptedSecret old = new SecretCipher(retiredKey, List.of()).encrypt("old-p4ssw0rd", "gmo-pg/shopPass");
        jdbc.update("UPDATE provider_credentials SET key_id = ?, iv = ?, ciphertext = ? WHERE name = 'shopPass'",
                old.keyId(), old.iv(), old.ciphertext());

        assertThat(lookup.settingsFor(GmoProvider.CODE).credential("shopPass")).isEqualTo("old-p4ssw0rd");

        put(testSettings(Map.of()));

        assertThat(jdbc.queryForObject("SELECT key_id FROM provider_credentials WHERE name = 'shopPass'", String.class))
                .isEqualTo(currentKeyId).isNotEqualTo(old.keyId());
        assertThat(lookup.settingsFor(GmoProvider.CODE).credential("shopPass")).isEqualTo("old-p4ssw0rd");
        assertThat(api.asOperator().get(GMO + "/history").json().at("/0/changes").toString())
                .contains("credential shopPass re-encrypted under the current key")
                .doesNotContain("shopId");
    }

    @Test
    void aNullCredentialKeepsTheStoredOneAndAnEmptyStringClearsIt() {
        put(testSettings(Map.of("shopId", "tshop00012345", "shopPass", "p4ssw0rd-secret", "siteId", "tsite00012345")));
        Map<String, String> credentials = new HashMap<>();
        credentials.put("shopPass", null);
        credentials.put("siteId", "");

        Response saved = put(testSettings(credentials));

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().at("/credentials/shopId").asString()).as("absent keeps").isEqualTo("••••345");
        assertThat(saved.json().at("/credentials/shopPass").asString()).as("null keeps").isEqualTo("••••ret");
        assertThat(saved.json().at("/credentials/siteId").isMissingNode()).as("empty clears").isTrue();
        assertThat(lookup.settingsFor(GmoProvider.CODE).credential("shopPass")).isEqualTo("p4ssw0rd-secret");
    }

    @Test
    void switchingBackToSandboxUsesTheSimulatorAndKeepsLiveCredentialsStored() {
        put(testSettings(Map.of("shopPass", "p4ssw0rd-secret")));
        Map<String, Object> sandbox = testSettings(Map.of());
        sandbox.put("environment", "SANDBOX");

        assertThat(put(sandbox).status()).isEqualTo(200);

        ProviderSettings settings = lookup.settingsFor(GmoProvider.CODE);
        assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:8080/api/sandbox/gmo-pg");
        assertThat(settings.credential("shopPass")).isEqualTo("sandboxpass");
        assertThat(settings.flag("tds2")).as("options still apply in the sandbox").isTrue();
        assertThat(api.asOperator().get(GMO).json().at("/credentials/shopPass").asString()).isEqualTo("••••ret");
    }

    @Test
    void aDisabledProviderIsReportedDisabled() {
        Map<String, Object> body = testSettings(Map.of());
        body.put("environment", "SANDBOX");
        body.put("enabled", false);

        put(body);

        assertThat(lookup.settingsFor(GmoProvider.CODE).enabled()).isFalse();
    }

    @Test
    void onlyAdminsMayChangeSettings() {
        Response refused = api.asOperator().put(GMO, testSettings(Map.of("shopPass", "p4ssw0rd-secret")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM provider_settings", Long.class)).isZero();
    }

    @Test
    void anUnknownProviderIsNotFound() {
        assertThat(api.asOperator().get("/api/admin/providers/stripe/settings").status()).isEqualTo(404);
        assertThat(api.asAdmin().put("/api/admin/providers/stripe/settings", testSettings(Map.of())).status()).isEqualTo(404);
    }

    @Test
    void invalidSettingsAreRefusedNamingTheField() {
        Map<String, Object> noEnvironment = testSettings(Map.of("shopPass", "x"));
        noEnvironment.remove("environment");
        assertThat(put(noEnvironment).json().at("/errors/0/field").asString()).isEqualTo("environment");

        Map<String, Object> badUrl = testSettings(Map.of("shopPass", "x"));
        badUrl.put("baseUrl", "ftp://example.jp");
        Response refused = put(badUrl);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("baseUrl");

        Map<String, Object> plainHttpInProduction = testSettings(Map.of("shopPass", "x"));
        plainHttpInProduction.put("environment", "PRODUCTION");
        plainHttpInProduction.put("baseUrl", "http://p01.example.jp");
        assertThat(put(plainHttpInProduction).json().at("/errors/0/message").asString()).contains("https");

        Response noCredentials = put(testSettings(Map.of()));
        assertThat(noCredentials.status()).isEqualTo(400);
        assertThat(noCredentials.json().at("/errors/0/field").asString()).isEqualTo("credentials");

        Response badName = put(testSettings(Map.of("shop pass", "x")));
        assertThat(badName.json().at("/errors/0/field").asString()).isEqualTo("credentials.shop pass");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM provider_settings", Long.class)).isZero();
    }

    @Test
    void testEnvironmentFallsBackToTheConfiguredDefaultHost() {
        Map<String, Object> body = testSettings(Map.of("shopPass", "p4ssw0rd-secret"));
        body.remove("baseUrl");

        assertThat(put(body).status()).isEqualTo(200);

        assertThat(lookup.settingsFor(GmoProvider.CODE).baseUrl()).isEqualTo("https://pt01.mul-pay.jp");
        Map<String, Object> dsk = testSettings(Map.of("password", "p4ssw0rd-secret"));
        dsk.remove("baseUrl");
        Response refused = api.asAdmin().put("/api/admin/providers/dsk/settings", dsk);
        assertThat(refused.status()).as("DSK has no known test host").isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("baseUrl");
    }

    @Test
    void everyChangeIsAuditedWithoutValues() {
        put(testSettings(Map.of("shopId", "tshop00012345", "shopPass", "p4ssw0rd-secret")));
        Map<String, Object> second = testSettings(Map.of("shopPass", "n3w-p4ssw0rd-secret", "shopId", "tshop00012345"));
        second.put("enabled", false);
        put(second);
        put(second);

        Response history = api.asOperator().get(GMO + "/history");

        assertThat(history.json().size()).as("a request that changes nothing is not audited").isEqualTo(2);
        assertThat(history.json().at("/0/actor").asString()).isEqualTo("admin1");
        assertThat(history.json().at("/0/changes").toString())
                .contains("enabled true → false", "credential shopPass changed")
                .doesNotContain("shopId");
        assertThat(history.json().at("/1/changes").toString())
                .contains("environment TEST", "base URL set", "option tds2 set", "credential shopId set", "credential shopPass set");
        assertThat(history.text()).doesNotContain("p4ssw0rd").doesNotContain("tshop0001").doesNotContain("pt01.example");
    }
}
