package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** 設定 › 支払方法設定 through the console: ADMIN only, the payment API's rules, problems by field. */
class ConsoleSettingsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdminSeesTheMethodsAndAnOperatorIsRefused() throws Exception {
        String list = body(asAdmin(get("/console/settings/payment-methods")));
        assertThat(list).contains("data-method=\"CARD\"").contains("data-method=\"CVS\"").contains("クレジットカード")
                .contains("設定メニュー");

        MockHttpServletResponse refused = mvc.perform(get("/console/settings/payment-methods")
                .with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/console/settings/payment-methods/new").with(csrf()).param("code", "X")
                .with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anAdminAddsAMethodWithFeeBandsLimitsGroupsAndDeliveryMethods() throws Exception {
        MockHttpServletResponse created = asAdmin(post("/console/settings/payment-methods/new").with(csrf())
                .param("code", "CVS2").param("name", "コンビニ後払い").param("provider", "DSK").param("enabled", "true")
                .param("sortOrder", "5").param("feeType", "BANDS").param("feeBands", "0:330\n10000:440")
                .param("feeTaxCategory", "STANDARD_10").param("minAmount", "100").param("maxAmount", "300000")
                .param("deliveryMethods", "YAMATO").param("customerGroups", "VIP, B2B")
                .param("completionText", "お支払い番号をメールでお送りします。").param("emailTitle", "コンビニ払い")
                .param("options", "paymentDeadlineDays=7"));

        assertThat(created.getRedirectedUrl()).isEqualTo("/console/settings/payment-methods");
        JsonNode method = api.asAdmin().get("/api/admin/payment-methods/CVS2").json();
        assertThat(method.at("/name").asString()).isEqualTo("コンビニ後払い");
        assertThat(method.at("/fee/type").asString()).isEqualTo("BANDS");
        assertThat(method.at("/fee/bands/1/fromAmount").asLong()).isEqualTo(10000);
        assertThat(method.at("/fee/bands/1/fee").asLong()).isEqualTo(440);
        assertThat(method.at("/maxAmount").asLong()).isEqualTo(300000);
        assertThat(method.at("/deliveryMethods/0").asString()).isEqualTo("YAMATO");
        assertThat(method.at("/customerGroups").toString()).contains("VIP", "B2B");
        assertThat(method.at("/options/paymentDeadlineDays").asString()).isEqualTo("7");

        String edit = body(asAdmin(get("/console/settings/payment-methods/CVS2")));
        assertThat(edit).contains("0:330\n10000:440").contains("paymentDeadlineDays=7");
    }

    @Test
    void problemsAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
        MockHttpServletResponse contradicting = asAdmin(post("/console/settings/payment-methods/new").with(csrf())
                .param("code", "BAD").param("name", "x").param("provider", "DSK").param("feeType", "FIXED")
                .param("feeAmount", "0").param("minAmount", "5000").param("maxAmount", "100"));
        assertThat(contradicting.getStatus()).isEqualTo(400);
        assertThat(body(contradicting)).contains("id=\"err-maxAmount\"");

        MockHttpServletResponse unreadable = asAdmin(post("/console/settings/payment-methods/new").with(csrf())
                .param("code", "BAD").param("name", "x").param("provider", "DSK").param("feeType", "BANDS")
                .param("feeBands", "330円"));
        assertThat(unreadable.getStatus()).isEqualTo(400);
        assertThat(body(unreadable)).contains("id=\"err-fee.bands\"").contains("「330円」");

        MockHttpServletResponse nameless = asAdmin(post("/console/settings/payment-methods/new").with(csrf())
                .param("code", "BAD").param("name", " ").param("provider", "DSK").param("feeType", "FIXED"));
        assertThat(nameless.getStatus()).isEqualTo(400);
        assertThat(body(nameless)).contains("id=\"err-name\"");

        assertThat(api.asAdmin().get("/api/admin/payment-methods/BAD").status()).isEqualTo(404);
    }

    @Test
    void anAdminEditsAMethodsTextAndFee() throws Exception {
        MockHttpServletResponse saved = asAdmin(post("/console/settings/payment-methods/CVS").with(csrf())
                .param("name", "コンビニ決済").param("provider", "DSK").param("enabled", "true").param("feeType", "FIXED")
                .param("feeAmount", "220").param("feeTaxCategory", "STANDARD_10").param("completionText", "新しい文言"));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/console/settings/payment-methods");
        JsonNode method = api.asAdmin().get("/api/admin/payment-methods/CVS").json();
        assertThat(method.at("/name").asString()).isEqualTo("コンビニ決済");
        assertThat(method.at("/fee/amount").asLong()).isEqualTo(220);
        assertThat(method.at("/completionText").asString()).isEqualTo("新しい文言");
    }

    @Test
    void anEditOnAStalePageIsRefusedAndNothingIsOverwritten() throws Exception {
        long loaded = api.asAdmin().get("/api/admin/payment-methods/CVS").json().at("/version").asLong();
        assertThat(asAdmin(post("/console/settings/payment-methods/CVS").with(csrf()).param("version", "" + loaded)
                .param("name", "一人目").param("provider", "DSK").param("feeType", "FIXED").param("feeAmount", "0"))
                .getRedirectedUrl()).isEqualTo("/console/settings/payment-methods");

        MockHttpServletResponse stale = asAdmin(post("/console/settings/payment-methods/CVS").with(csrf())
                .param("version", "" + loaded).param("name", "二人目").param("provider", "DSK").param("feeType", "FIXED")
                .param("feeAmount", "0"));

        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(body(stale)).contains("id=\"form-problem\"").contains("value=\"二人目\"");
        assertThat(api.asAdmin().get("/api/admin/payment-methods/CVS").json().at("/name").asString()).isEqualTo("一人目");
    }

    @Test
    void providerSettingsShowEveryDeclaredProviderAndNeverACredentialsValue() throws Exception {
        String list = body(asAdmin(get("/console/settings/providers")));
        assertThat(list).contains("data-provider=\"gmo-pg\"").contains("data-provider=\"dsk\"")
                .contains("サンドボックス（内蔵シミュレーター）");

        MockHttpServletResponse saved = asAdmin(post("/console/settings/providers/dsk").with(csrf())
                .param("enabled", "true").param("environment", "SANDBOX").param("revision", "0")
                .param("credentialName", "shopId", "").param("credentialValue", "SHOP-SECRET-123456", "")
                .param("options", "paymentDeadlineDays=5"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/console/settings/providers/dsk");

        String page = body(asAdmin(get("/console/settings/providers/dsk")));
        assertThat(page).contains("data-credential=\"shopId\"").doesNotContain("SHOP-SECRET-123456")
                .contains("paymentDeadlineDays=5").contains(ADMIN + ": ");
        assertThat(api.asAdmin().get("/api/admin/providers/dsk/settings").json().at("/options/paymentDeadlineDays")
                .asString()).isEqualTo("5");

        long revision = api.asAdmin().get("/api/admin/providers/dsk/settings").json().at("/revision").asLong();
        MockHttpServletResponse kept = asAdmin(post("/console/settings/providers/dsk").with(csrf())
                .param("enabled", "true").param("environment", "SANDBOX").param("revision", "" + revision)
                .param("credentialName", "shopId").param("credentialValue", "").param("options", ""));
        assertThat(kept.getRedirectedUrl()).isEqualTo("/console/settings/providers/dsk");
        assertThat(api.asAdmin().get("/api/admin/providers/dsk/settings").json().at("/credentials/shopId")
                .isMissingNode()).as("a blank value keeps the stored credential").isFalse();
    }

    @Test
    void aTestEnvironmentWithoutItsUrlIsRefusedBesideTheUrl() throws Exception {
        MockHttpServletResponse refused = asAdmin(post("/console/settings/providers/gmo-pg").with(csrf())
                .param("enabled", "true").param("environment", "TEST").param("revision", "0")
                .param("baseUrl", "not a url"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"err-baseUrl\"").contains("value=\"not a url\"");
        assertThat(api.asAdmin().get("/api/admin/providers/gmo-pg/settings").json().at("/environment").asString())
                .isEqualTo("SANDBOX");
        assertThat(mvc.perform(get("/console/settings/providers").with(user(OPERATOR).roles("OPERATOR")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(ADMIN).roles("ADMIN", "OPERATOR"))).andReturn().getResponse();
    }
}
