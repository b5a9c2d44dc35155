package com.orderdesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * 設定 › 配送方法, 設定 › 顧客・顧客グループ and 顧客編集: each action goes through the module the admin API
 * uses (read back through the API), problems sit beside their field, ADMIN only, CSRF checked.
 */
class ConsoleCustomerSettingsIntegrationTests extends ConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdminAddsADeliveryMethodWithFeesPerPrefectureAndRetiresIt() throws Exception {
        MockHttpServletResponse created = asAdmin(post("/console/settings/delivery-methods/new").with(csrf())
                .param("code", "SAGAWA").param("name", "飛脚宅配便").param("carrier", "SAGAWA")
                .param("feeType", "BY_PREFECTURE").param("feeAmount", "800").param("byPrefecture", "北海道=1500\n沖縄県=1800")
                .param("dateWishAllowed", "true").param("paymentMethodCodes", "CARD, CVS"));

        assertThat(created.getRedirectedUrl()).isEqualTo("/console/settings/delivery-methods");
        JsonNode method = api.asAdmin().get("/api/admin/delivery-methods/SAGAWA").json();
        assertThat(method.at("/fee/type").asString()).isEqualTo("BY_PREFECTURE");
        assertThat(method.at("/fee/byPrefecture/北海道").asLong()).isEqualTo(1500);
        assertThat(method.at("/dateWishAllowed").asBoolean()).isTrue();
        assertThat(method.at("/timeSlotWishAllowed").asBoolean()).isFalse();
        assertThat(method.at("/paymentMethodCodes").toString()).isEqualTo("[\"CARD\",\"CVS\"]");
        assertThat(body(asAdmin(get("/console/settings/delivery-methods")))).contains("data-method=\"SAGAWA\"")
                .contains("飛脚宅配便").contains("使用中");
        assertThat(body(asAdmin(get("/console/settings/delivery-methods/SAGAWA")))).contains("北海道=1500");

        assertThat(asAdmin(post("/console/settings/delivery-methods/SAGAWA/retire").with(csrf())).getRedirectedUrl())
                .isEqualTo("/console/settings/delivery-methods");
        assertThat(api.asAdmin().get("/api/admin/delivery-methods/SAGAWA").json().at("/retired").asBoolean()).isTrue();
    }

    @Test
    void aPrefectureThatDoesNotExistIsRefusedBesideTheFeesAndNothingIsSaved() throws Exception {
        MockHttpServletResponse refused = asAdmin(post("/console/settings/delivery-methods/new").with(csrf())
                .param("code", "POST").param("name", "ゆうパック").param("carrier", "JAPAN_POST")
                .param("feeType", "BY_PREFECTURE").param("feeAmount", "700").param("byPrefecture", "東京府=900"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("id=\"err-byPrefecture\"").contains("東京府").contains("value=\"ゆうパック\"");
        assertThat(api.asAdmin().get("/api/admin/delivery-methods/POST").status()).isEqualTo(404);

        MockHttpServletResponse blank = asAdmin(post("/console/settings/delivery-methods/new").with(csrf())
                .param("code", "x y").param("name", " ").param("carrier", "OTHER").param("feeType", "FLAT").param("feeAmount", "-1"));
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(body(blank)).contains("id=\"err-code\"").contains("id=\"err-name\"").contains("id=\"err-feeAmount\"");
    }

    @Test
    void anEditOnAStalePageIsRefusedAndNothingIsOverwritten() throws Exception {
        long loaded = api.asAdmin().get("/api/admin/delivery-methods/YAMATO").json().at("/version").asLong();
        assertThat(asAdmin(post("/console/settings/delivery-methods/YAMATO").with(csrf()).param("version", "" + loaded)
                .param("name", "宅急便（一人目）").param("carrier", "YAMATO").param("feeType", "FLAT").param("feeAmount", "600"))
                .getRedirectedUrl()).isEqualTo("/console/settings/delivery-methods");

        MockHttpServletResponse stale = asAdmin(post("/console/settings/delivery-methods/YAMATO").with(csrf())
                .param("version", "" + loaded).param("name", "宅急便（二人目）").param("carrier", "YAMATO")
                .param("feeType", "FLAT").param("feeAmount", "700"));

        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(body(stale)).contains("id=\"form-problem\"").contains("value=\"宅急便（二人目）\"");
        assertThat(api.asAdmin().get("/api/admin/delivery-methods/YAMATO").json().at("/fee/amount").asLong()).isEqualTo(600);
    }

    @Test
    void customersAreFoundByTextAndGroupAndGroupsAreAddedAndRemoved() throws Exception {
        member("鈴木 一郎", "ichiro@example.jp", null);
        member("佐藤 花子", "hanako@example.jp", null);

        assertThat(asAdmin(post("/console/settings/customers/groups").with(csrf()).param("code", "VIP")
                .param("name", "上得意").param("description", "年間10万円以上")).getRedirectedUrl())
                .isEqualTo("/console/settings/customers");
        assertThat(api.asAdmin().get("/api/admin/customer-groups/VIP").json().at("/name").asString()).isEqualTo("上得意");

        MockHttpServletResponse taken = asAdmin(post("/console/settings/customers/groups").with(csrf())
                .param("code", "VIP").param("name", "二つ目"));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(body(taken)).contains("id=\"err-code\"").contains("value=\"二つ目\"");

        String found = body(asAdmin(get("/console/settings/customers").param("q", "鈴木")));
        assertThat(found).contains("data-customer=\"ichiro@example.jp\"").doesNotContain("data-customer=\"hanako@example.jp\"")
                .contains("data-group=\"VIP\"");

        assertThat(asAdmin(post("/console/settings/customers/groups/VIP/remove").with(csrf())).getRedirectedUrl())
                .isEqualTo("/console/settings/customers");
        assertThat(api.asAdmin().get("/api/admin/customer-groups/VIP").status()).isEqualTo(404);
    }

    @Test
    void aMembershipCsvIsUploadedWithAResultPerRowAndDownloadedAgain() throws Exception {
        member("鈴木 一郎", "ichiro@example.jp", null);
        api.asAdmin().post("/api/admin/customer-groups", Map.of("code", "VIP", "name", "上得意"));
        byte[] csv = "email,groups\nichiro@example.jp,VIP\nnobody@example.jp,VIP\n".getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse imported = asAdmin(multipart("/console/settings/customers/groups.csv")
                .file(new MockMultipartFile("file", "groups.csv", "text/csv", csv)).with(csrf()));

        assertThat(imported.getRedirectedUrl()).startsWith("/console/jobs/");
        String results = completedJobPage(imported.getRedirectedUrl(), url -> body(asAdmin(get(url))));
        assertThat(results).contains("<h1>会員グループ CSV 取込</h1>").contains("完了: 2 / 2 件（成功 1 件、失敗 1 件）")
                .contains("data-row=\"2\"").contains("result-succeeded").contains("result-failed")
                .contains("nobody@example.jp").contains(">VIP</td>");
        assertThat(api.asAdmin().get("/api/admin/customers?group=VIP").json().at("/totalElements").asLong()).isEqualTo(1);
        String download = new String(asAdmin(get("/console/settings/customers/groups.csv")).getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(download).contains("ichiro@example.jp").contains("VIP");

        MockHttpServletResponse notUtf8 = asAdmin(multipart("/console/settings/customers/groups.csv")
                .file(new MockMultipartFile("file", "groups.csv", "text/csv", "email,groups\n\u9234\u6728".getBytes(
                        java.nio.charset.Charset.forName("windows-31j")))).with(csrf()));
        assertThat(notUtf8.getStatus()).isEqualTo(400);
        assertThat(body(notUtf8)).contains("id=\"err-file\"").contains("UTF-8");
    }

    @Test
    void operatorsCannotOpenTheseSettingsAndFormsNeedTheCsrfToken() throws Exception {
        for (String path : new String[] {"/console/settings/delivery-methods", "/console/settings/customers",
                "/console/settings/api-keys"}) {
            assertThat(mvc.perform(get(path).with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(403);
            assertThat(asAdmin(get(path)).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(asAdmin(post("/console/settings/customers/groups").param("code", "X").param("name", "x")).getStatus())
                .isEqualTo(403);
        assertThat(asAdmin(post("/console/settings/delivery-methods/YAMATO/retire")).getStatus()).isEqualTo(403);
        assertThat(api.asAdmin().get("/api/admin/delivery-methods/YAMATO").json().at("/retired").asBoolean()).isFalse();
    }

    @Test
    void anOperatorEditsAMembersOwnDetailsAndAddresses() throws Exception {
        String id = member("鈴木 一郎", "ichiro@example.jp", null);
        long version = api.asOperator().get("/api/admin/customers/" + id).json().at("/version").asLong();
        String form = body(asOperator(get("/console/customers/" + id)));
        assertThat(form).contains("value=\"スズキ イチロウ\"").contains("value=\"ichiro@example.jp\"")
                .contains("name=\"version\" value=\"" + version + "\"").contains("value=\"千代田区千代田\"").contains("住所を追加");

        MockHttpServletResponse saved = asOperator(post("/console/customers/" + id).with(csrf()).param("version", String.valueOf(version))
                .param("name", "鈴木 一朗").param("kana", "スズキ イチロウ").param("email", "ichiro.suzuki@example.jp")
                .param("phone", "03-5555-0202").param("mobilePhone", "090-1234-5678").param("company", "")
                .param("note", "電話は午後に")
                .param("addresses[0].label", "自宅").param("addresses[0].postalCode", "1000001")
                .param("addresses[0].prefecture", "東京都").param("addresses[0].city", "千代田区千代田")
                .param("addresses[0].address1", "1-2")
                .param("addresses[1].label", "勤務先").param("addresses[1].postalCode", "530-0001")
                .param("addresses[1].prefecture", "大阪府").param("addresses[1].city", "大阪市北区梅田")
                .param("addresses[1].address1", "2-2-2"));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/console/customers/" + id);
        JsonNode customer = api.asOperator().get("/api/admin/customers/" + id).json();
        assertThat(customer.at("/name").asString()).isEqualTo("鈴木 一朗");
        assertThat(customer.at("/email").asString()).isEqualTo("ichiro.suzuki@example.jp");
        assertThat(customer.at("/mobilePhone").asString()).isEqualTo("090-1234-5678");
        assertThat(customer.at("/note").asString()).isEqualTo("電話は午後に");
        assertThat(customer.at("/addresses").size()).isEqualTo(2);
        assertThat(customer.at("/addresses/0/address1").asString()).isEqualTo("1-2");
        assertThat(customer.at("/addresses/1/postalCode").asString()).isEqualTo("530-0001");
        assertThat(customer.at("/version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void anEditOnAVersionSomeoneElseChangedIsRefusedWithTheInputKept() throws Exception {
        String id = member("鈴木 一郎", "ichiro@example.jp", null);
        JsonNode before = api.asOperator().get("/api/admin/customers/" + id).json();
        assertThat(api.asOperator().put("/api/admin/customers/" + id, Map.of("name", "鈴木 次郎", "email",
                "ichiro@example.jp")).status()).isEqualTo(200);

        MockHttpServletResponse stale = asOperator(post("/console/customers/" + id).with(csrf())
                .param("version", String.valueOf(before.at("/version").asLong()))
                .param("name", "鈴木 三郎").param("email", "ichiro@example.jp"));

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("他の担当者が変更しました").contains("value=\"鈴木 三郎\"").contains("id=\"reload\"");
        assertThat(api.asOperator().get("/api/admin/customers/" + id).json().at("/name").asString()).isEqualTo("鈴木 次郎");
    }

    @Test
    void theCustomerModulesRulesShowBesideTheFieldsTheyName() throws Exception {
        String id = member("鈴木 一郎", "ichiro@example.jp", null);
        member("佐藤 花子", "hanako@example.jp", null);
        String version = String.valueOf(api.asOperator().get("/api/admin/customers/" + id).json().at("/version").asLong());

        // the first address row is left empty (dropped); the problem of the second lands on the second row
        MockHttpServletResponse invalid = asOperator(post("/console/customers/" + id).with(csrf()).param("version", version)
                .param("name", "鈴木 一郎").param("email", "ichiro@example.jp").param("phone", "12")
                .param("addresses[0].postalCode", "").param("addresses[0].prefecture", "")
                .param("addresses[1].postalCode", "530-0001").param("addresses[1].prefecture", "東京都")
                .param("addresses[1].city", "千代田区").param("addresses[1].address1", "1-1"));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(body(invalid)).contains("id=\"err-phone\"").contains("id=\"err-addresses[1].postalCode\"")
                .doesNotContain("id=\"err-addresses[0].postalCode\"");

        MockHttpServletResponse taken = asOperator(post("/console/customers/" + id).with(csrf()).param("version", version)
                .param("name", "鈴木 一郎").param("email", "hanako@example.jp"));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(body(taken)).contains("id=\"err-email\"");
        assertThat(api.asOperator().get("/api/admin/customers/" + id).json().at("/version").asString()).isEqualTo(version);

        assertThat(asOperator(post("/console/customers/" + id).param("version", version).param("name", "x")
                .param("email", "x@example.jp")).getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(asOperator(get("/console/customers/" + java.util.UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(body(asAdmin(get("/console/settings/customers")))).contains("/console/customers/" + id);
    }

    @Test
    void theModulesRefusalsShowInJapaneseBesideTheFieldsTheyName() throws Exception {
        String id = member("鈴木 一郎", "ichiro@example.jp", null);
        member("佐藤 花子", "hanako@example.jp", null);
        String version = String.valueOf(api.asOperator().get("/api/admin/customers/" + id).json().at("/version").asLong());

        MockHttpServletResponse malformed = asOperator(post("/console/customers/" + id).with(csrf()).param("version", version)
                .param("name", "鈴木 一郎").param("email", "ichiro@@example")
                .param("addresses[0].postalCode", "12").param("addresses[0].prefecture", "東京都")
                .param("addresses[0].city", "千代田区").param("addresses[0].address1", "1-1"));
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(body(malformed)).contains("id=\"err-email\">メールアドレスの形式が正しくありません</span>")
                .contains("id=\"err-addresses[0].postalCode\">郵便番号は7桁で入力してください（123-4567、ハイフンなしも可）</span>")
                .doesNotContain("well-formed").doesNotContain("must be 7 digits");

        MockHttpServletResponse taken = asOperator(post("/console/customers/" + id).with(csrf()).param("version", version)
                .param("name", "鈴木 一郎").param("email", "hanako@example.jp"));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(body(taken)).contains("id=\"err-email\">メールアドレスはすでに登録されています: "
                + "このメールアドレスでは、すでに別の顧客が登録されています</span>")
                .doesNotContain("already registered");
    }

    @Test
    void anOperatorRemovesAMemberAfterConfirmingAndASecondRemovalIsRefusedWithAMessage() throws Exception {
        String id = member("鈴木 一郎", "ichiro@example.jp", null);
        assertThat(body(asOperator(get("/console/customers/" + id)))).contains("/console/customers/" + id + "/remove");
        String confirmation = body(asOperator(get("/console/customers/" + id + "/remove")));
        assertThat(confirmation).contains("顧客 鈴木 一郎 を削除しますか").contains("ichiro@example.jp")
                .contains("元に戻せません").contains("name=\"confirmed\" value=\"true\"");

        MockHttpServletResponse unconfirmed = asOperator(post("/console/customers/" + id + "/remove").with(csrf()));
        assertThat(unconfirmed.getStatus()).isEqualTo(400);
        assertThat(body(unconfirmed)).contains("確認画面の「削除する」ボタンで確定してください");
        assertThat(asOperator(post("/console/customers/" + id + "/remove").param("confirmed", "true")).getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(api.asOperator().get("/api/admin/customers/" + id).status()).isEqualTo(200);

        MockHttpServletResponse removed = asOperator(post("/console/customers/" + id + "/remove").with(csrf())
                .param("confirmed", "true"));
        assertThat(removed.getRedirectedUrl()).isEqualTo("/console/orders");
        assertThat(api.asOperator().get("/api/admin/customers/" + id).status()).isEqualTo(404);

        MockHttpServletResponse again = asOperator(post("/console/customers/" + id + "/remove").with(csrf())
                .param("confirmed", "true"));
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(body(again)).contains("この顧客は見つかりません。すでに他の担当者が削除した可能性があります。");

        String other = member("佐藤 花子", "hanako@example.jp", null);
        assertThat(asAdmin(post("/console/customers/" + other + "/remove").with(csrf()).param("confirmed", "true"))
                .getRedirectedUrl()).isEqualTo("/console/settings/customers");
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse asOperator(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(OPERATOR).roles("OPERATOR"))).andReturn().getResponse();
    }

    private MockHttpServletResponse asAdmin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(ADMIN).roles("ADMIN", "OPERATOR"))).andReturn().getResponse();
    }
}
