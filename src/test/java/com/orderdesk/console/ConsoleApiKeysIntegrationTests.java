package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdesk.access.ApiScope;
import com.orderdesk.access.internal.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 設定 › APIキー: issue with the secret shown once, rotation into the same store, revoke; ADMIN only, CSRF checked. */
class ConsoleApiKeysIntegrationTests extends ConsoleTestSupport {

    private static final String[] ALL_SCOPES = java.util.Arrays.stream(ApiScope.values()).map(ApiScope::value)
            .toArray(String[]::new);

    private static final Pattern SECRET = Pattern.compile("id=\"issued-secret\"[^>]*value=\"(odk_[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Test
    void anIssuedKeyIsShownOnceWorksOnTheStoreApiAndStopsWorkingWhenRevoked() throws Exception {
        MockHttpServletResponse issued = asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "楽天店").param("scopes", ALL_SCOPES));

        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat(issued.getHeader("Cache-Control")).contains("no-store");
        Matcher secret = SECRET.matcher(body(issued));
        assertThat(secret.find()).as(body(issued)).isTrue();
        String key = secret.group(1);
        assertThat(api.withApiKey(key).get("/api/store/orders/OD-999999").status()).as("a known key reaches the store API").isEqualTo(404);

        String list = body(asAdmin(get("/console/settings/api-keys")));
        assertThat(list).contains("data-key=\"楽天店\"").contains("有効").doesNotContain(key)
                .doesNotContain(key.substring(key.indexOf('_', "odk_".length()) + 1)); // the secret after odk_<prefix>_ (it may hold '_' itself)

        String id = keys.all().getFirst().id().toString();
        MockHttpServletResponse revoked = asAdmin(post("/console/settings/api-keys/" + id + "/revoke").with(csrf()));
        assertThat(revoked.getRedirectedUrl()).isEqualTo("/console/settings/api-keys");
        assertThat(api.withApiKey(key).get("/api/store/orders/OD-999999").status()).isEqualTo(401);
        assertThat(body(asAdmin(get("/console/settings/api-keys")))).contains("失効（");
    }

    @Test
    void aReplacementKeyBelongsToTheSameStore() throws Exception {
        asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "本店").param("scopes", ALL_SCOPES));
        var original = keys.all().getFirst();

        asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "本店 2026").param("scopes", ALL_SCOPES).param("replaces",
                original.id().toString()));

        assertThat(keys.all()).hasSize(2).allSatisfy(key -> assertThat(key.storeId()).isEqualTo(original.storeId()));
    }

    @Test
    void aKeyGetsOnlyTheTickedScopesAndStopsAtTheEndOfItsLastDay() throws Exception {
        java.time.LocalDate lastDay = com.orderdesk.shared.ShopTime.dateOf(java.time.Instant.now()).plusDays(30);
        MockHttpServletResponse issued = asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "読み取り専用")
                .param("scopes", "orders:read").param("expiresOn", lastDay.toString()));

        Matcher secret = SECRET.matcher(body(issued));
        assertThat(secret.find()).as(body(issued)).isTrue();
        var reader = api.withApiKey(secret.group(1));
        assertThat(reader.get("/api/store/orders/OD-999999").status()).as("orders:read is held").isEqualTo(404);
        var placing = reader.post("/api/store/orders", com.orderdesk.order.TestOrders.order());
        assertThat(placing.status()).as(placing.text()).isEqualTo(403);
        assertThat(placing.text()).contains("orders:write");

        var key = keys.all().getFirst();
        assertThat(key.scopes()).containsExactly(ApiScope.ORDERS_READ);
        assertThat(key.expiresAt()).isEqualTo(lastDay.plusDays(1).atStartOfDay(com.orderdesk.shared.ShopTime.ZONE).toInstant());
        assertThat(body(asAdmin(get("/console/settings/api-keys")))).contains("orders:read").contains("まで）");
    }

    @Test
    void noScopeOrAnExpiryThatIsNotInTheFutureIsRefusedBesideItsFieldAndNothingIsIssued() throws Exception {
        int before = keys.all().size();
        MockHttpServletResponse noScope = asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "権限なし"));
        MockHttpServletResponse today = asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "今日まで")
                .param("scopes", ALL_SCOPES).param("expiresOn", com.orderdesk.shared.ShopTime.dateOf(java.time.Instant.now()).toString()));

        assertThat(noScope.getStatus()).isEqualTo(400);
        assertThat(body(noScope)).contains("id=\"err-scopes\"").contains("権限を1つ以上選んでください").contains("value=\"権限なし\"");
        assertThat(today.getStatus()).isEqualTo(400);
        assertThat(body(today)).contains("id=\"err-expiresOn\"");
        assertThat(keys.all()).hasSize(before);
    }

    @Test
    void aBlankOrTakenNameIsRefusedBesideTheNameField() throws Exception {
        MockHttpServletResponse blank = asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "  ").param("scopes", ALL_SCOPES));
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(body(blank)).contains("id=\"err-name\"").contains("名前を入力してください").doesNotContain("issued-secret");

        asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "本店").param("scopes", ALL_SCOPES));
        MockHttpServletResponse taken = asAdmin(post("/console/settings/api-keys").with(csrf()).param("name", "本店").param("scopes", ALL_SCOPES));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(body(taken)).contains("id=\"err-name\"").contains("value=\"本店\"").doesNotContain("issued-secret");
        assertThat(keys.all()).hasSize(1);
    }

    @Test
    void onlyAnAdminWithTheCsrfTokenMayIssue() throws Exception {
        MockHttpServletResponse operator = mvc.perform(get("/console/settings/api-keys")
                .with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
        assertThat(operator.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/console/settings/api-keys").with(csrf()).param("name", "x").param("scopes", ALL_SCOPES)
                .with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(asAdmin(post("/console/settings/api-keys").param("name", "x")).getStatus()).isEqualTo(403);
        assertThat(keys.all()).isEmpty();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(ADMIN).roles("ADMIN", "OPERATOR"))).andReturn().getResponse();
    }
}
