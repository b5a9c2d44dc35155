package com.orderdesk.console;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.orderdesk.payment.internal.settings.ConnectivityReport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 接続確認 on the 決済会社 settings page and in the REST admin API: each adapter's harmless call
 * against its built-in simulator over HTTP, a refused credential, an address nobody answers, and
 * DSK, which has no such call.
 */
class ConsoleConnectivityIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"gmo-pg", "paygent-paidy", "kuroneko-atobarai", "kuroneko-kakebarai"})
    void everyProviderWithAHarmlessCallReachesItsSimulator(String slug) {
        Response checked = api.asOperator().post("/api/admin/providers/" + slug + "/connectivity-check", Map.of());

        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        assertThat(checked.json().at("/available").asBoolean()).isTrue();
        assertThat(checked.json().at("/outcome").asString()).as(checked.text()).isEqualTo("CONNECTED");
        assertThat(checked.json().at("/environment").asString()).isEqualTo("SANDBOX");
        assertThat(checked.json().at("/baseUrl").asString()).startsWith("http://127.0.0.1:" + port + "/api/sandbox/" + slug);
    }

    /**
     * A refused shop password, answered the way GMO-PG writes it. On WireMock, not the built-in
     * simulator: settings in TEST switch a provider's simulator off (a live-credentials provider
     * never talks to the sandbox).
     */
    @Test
    void gmoSaysSoWhenTheShopPasswordIsWrongAndNeverShowsIt() {
        WireMockServer gmo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        gmo.start();
        try {
            gmo.stubFor(WireMock.post(urlEqualTo("/payment/SearchTrade.idPass"))
                    .willReturn(ok("ErrCode=E01&ErrInfo=E01030002")));
            saveGmo("http://127.0.0.1:" + gmo.port(), "wrong-pass-7");

            Response checked = api.asOperator().post("/api/admin/providers/gmo-pg/connectivity-check", Map.of());

            assertThat(checked.json().at("/outcome").asString()).as(checked.text()).isEqualTo("CREDENTIALS_REJECTED");
            assertThat(checked.json().at("/detail").asString()).contains("E01030002");
            assertThat(checked.text()).doesNotContain("wrong-pass-7");
            gmo.verify(1, postRequestedFor(urlEqualTo("/payment/SearchTrade.idPass")));
        } finally {
            gmo.stop();
        }
    }

    @Test
    void anAddressNobodyAnswersIsUnreachable() {
        saveGmo("http://127.0.0.1:9/nothing-listens", "sandboxpass");

        Response checked = api.asOperator().post("/api/admin/providers/gmo-pg/connectivity-check", Map.of());

        assertThat(checked.json().at("/outcome").asString()).as(checked.text()).isEqualTo("UNREACHABLE");
        assertThat(checked.json().at("/environment").asString()).isEqualTo("TEST");
    }

    @Test
    void dskHasNoHarmlessCallAndThePageSaysSo() throws Exception {
        Response checked = api.asOperator().post("/api/admin/providers/dsk/connectivity-check", Map.of());
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().at("/available").asBoolean()).isFalse();
        assertThat(checked.json().at("/outcome").isNull()).isTrue();

        String page = body(asAdmin(get("/console/settings/providers/dsk")));
        assertThat(page).contains("接続確認はこの決済会社では利用できません").doesNotContain("id=\"connectivity-check\"");
        assertThat(api.asOperator().post("/api/admin/providers/nobody/connectivity-check", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anAdminChecksFromTheSettingsPageAndSeesTheResult() throws Exception {
        assertThat(body(asAdmin(get("/console/settings/providers/gmo-pg")))).contains("id=\"connectivity-check\"");

        MvcResult checked = mvc.perform(post("/console/settings/providers/gmo-pg/connectivity-check").with(csrf())
                .with(user(ADMIN).roles("ADMIN", "OPERATOR"))).andReturn();

        assertThat(checked.getResponse().getRedirectedUrl()).isEqualTo("/console/settings/providers/gmo-pg#connectivity");
        ConnectivityReport report = (ConnectivityReport) checked.getFlashMap().get("connectivity");
        assertThat(report.outcome()).isEqualTo("CONNECTED");
        String page = body(mvc.perform(get("/console/settings/providers/gmo-pg").flashAttr("connectivity", report)
                .with(user(ADMIN).roles("ADMIN", "OPERATOR"))).andReturn().getResponse());
        assertThat(page).contains("id=\"connectivity-result\"").contains("接続できました").contains("E01110002");
    }

    @Test
    void theConsoleCheckIsForAdminsAndNeedsTheCsrfToken() throws Exception {
        assertThat(mvc.perform(post("/console/settings/providers/gmo-pg/connectivity-check").with(csrf())
                .with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(asAdmin(post("/console/settings/providers/gmo-pg/connectivity-check")).getStatus()).isEqualTo(403);
    }

    private void saveGmo(String baseUrl, String shopPass) {
        Response saved = api.asAdmin().put("/api/admin/providers/gmo-pg/settings",
                Map.of("enabled", true, "environment", "TEST", "baseUrl", baseUrl, "credentials",
                        Map.of("shopId", "tshop00000001", "shopPass", shopPass, "siteId", "tsite00000001",
                                "sitePass", "sandboxpass")));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(ADMIN).roles("ADMIN", "OPERATOR"))).andReturn().getResponse();
    }
}
