package com.orderdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerAdminIntegrationTests extends IntegrationTestSupport {

    @Autowired
    CustomerManagement customerManagement;

    static Map<String, Object> customer(String email) {
        return new java.util.LinkedHashMap<>(Map.of(
                "name", "山田 花子", "kana", "ヤマダ ハナコ", "email", email, "phone", "03-1234-5678",
                "company", "山田商店",
                "addresses", List.of(Map.of("label", "自宅", "postalCode", "1500001", "prefecture", "東京都",
                        "city", "渋谷区神宮前", "address1", "1-2-3"))));
    }

    String register(String email) {
        Response created = api.asOperator().post("/api/admin/customers", customer(email));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().at("/id").asString();
    }

    void group(String code) {
        Response created = api.asOperator().post("/api/admin/customer-groups", Map.of("code", code, "name", code + " group"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void registersReadsUpdatesAndRemovesACustomer() {
        String id = register("hanako@example.jp");

        Response read = api.asOperator().get("/api/admin/customers/" + id);
        assertThat(read.json().at("/addresses/0/postalCode").asString()).isEqualTo("150-0001");
        assertThat(read.json().at("/company").asString()).isEqualTo("山田商店");

        Map<String, Object> changed = customer("hanako@example.jp");
        changed.put("name", "山田 花子2");
        Response updated = api.asOperator().put("/api/admin/customers/" + id, changed);
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json().at("/name").asString()).isEqualTo("山田 花子2");

        assertThat(api.asOperator().delete("/api/admin/customers/" + id).status()).isEqualTo(204);
        assertThat(api.asOperator().get("/api/admin/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesASecondCustomerWithTheSameEmailIgnoringCaseAndInvalidFields() {
        register("hanako@example.jp");

        Response duplicate = api.asOperator().post("/api/admin/customers", customer("HANAKO@example.jp"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().at("/type").asString()).endsWith("email-already-registered");

        Map<String, Object> invalid = customer("not-an-email");
        invalid.put("addresses", List.of(Map.of("postalCode", "12", "prefecture", "東京", "city", "x", "address1", "y")));
        Response refused = api.asOperator().post("/api/admin/customers", invalid);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors").toString())
                .contains("email", "addresses[0].postalCode", "addresses[0].prefecture");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customers", Long.class)).isEqualTo(1);
    }

    @Test
    void searchesByTextEmailAndGroup() {
        String hanako = register("hanako@example.jp");
        register("jiro@example.jp");
        group("kakebarai");
        api.asOperator().post("/api/admin/customers/bulk/groups",
                Map.of("changes", List.of(Map.of("customerId", hanako, "add", List.of("kakebarai")))));

        assertThat(api.asOperator().get("/api/admin/customers?q=JIRO").json().at("/totalElements").asLong()).isEqualTo(1);
        assertThat(api.asOperator().get("/api/admin/customers?q=%E5%B1%B1%E7%94%B0").json().at("/totalElements").asLong())
                .as("山田 matches both").isEqualTo(2);
        Response byGroup = api.asOperator().get("/api/admin/customers?group=kakebarai");
        assertThat(byGroup.json().at("/totalElements").asLong()).isEqualTo(1);
        assertThat(byGroup.json().at("/items/0/id").asString()).isEqualTo(hanako);
    }

    /** The box folds as the stored keys do (V460): width, kana script, spaces, case; phones by digits. */
    @Test
    void searchFindsMembersHoweverTheirNameOrNumberIsTyped() {
        String hanako = register("hanako@example.jp");
        Map<String, Object> abc = customer("abc@example.jp");
        abc.putAll(Map.of("name", "佐藤 一郎", "kana", "サトウ イチロウ", "company", "ABC商事", "phone", "090-8765-4321"));
        String sato = api.asOperator().post("/api/admin/customers", abc).json().at("/id").asString();

        assertThat(found("やまだ　はなこ")).as("hiragana with a full-width space").containsExactly(hanako);
        assertThat(found("ﾔﾏﾀﾞﾊﾅｺ")).as("half-width katakana").containsExactly(hanako);
        assertThat(found("山田花子")).as("the name without its space").containsExactly(hanako);
        assertThat(found("ａｂｃ")).as("full-width letters, another case").containsExactly(sato);
        assertThat(found("０３－１２３４")).as("full-width digits of the phone").containsExactly(hanako);
        assertThat(found("87654321")).as("the phone without hyphens").containsExactly(sato);
        assertThat(found("ABC@EXAMPLE")).as("the e-mail").containsExactly(sato);
    }

    private List<String> found(String q) {
        Response response = api.asOperator().get("/api/admin/customers?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        response.json().at("/items").forEach(item -> ids.add(item.at("/id").asString()));
        return ids;
    }

    @Test
    void groupsCanBeCreatedRenamedAndRemovedAndCodesAreUnique() {
        group("kakebarai");
        assertThat(api.asOperator().post("/api/admin/customer-groups", Map.of("code", "kakebarai", "name", "x")).status())
                .isEqualTo(409);
        assertThat(api.asOperator().post("/api/admin/customer-groups", Map.of("code", "has space", "name", "x")).status())
                .isEqualTo(400);
        Response renamed = api.asOperator().put("/api/admin/customer-groups/kakebarai", Map.of("name", "掛け払い会員"));
        assertThat(renamed.json().at("/name").asString()).isEqualTo("掛け払い会員");
        String id = register("hanako@example.jp");
        api.asOperator().post("/api/admin/customers/bulk/groups",
                Map.of("changes", List.of(Map.of("customerId", id, "add", List.of("kakebarai")))));
        assertThat(api.asOperator().get("/api/admin/customer-groups").json().at("/0/members").asLong()).isEqualTo(1);

        assertThat(api.asOperator().delete("/api/admin/customer-groups/kakebarai").status()).isEqualTo(204);
        assertThat(customerManagement.groupCodesOf(UUID.fromString(id))).isEmpty();
        assertThat(api.asOperator().get("/api/admin/customer-groups/kakebarai").status()).isEqualTo(404);
    }

    @Test
    void bulkMembershipChangeGivesAResultPerCustomerAndOneFailureDoesNotStopTheOthers() {
        String hanako = register("hanako@example.jp");
        String jiro = register("jiro@example.jp");
        group("kakebarai");
        group("vip");

        Response bulk = api.asOperator().post("/api/admin/customers/bulk/groups", Map.of("changes", List.of(
                Map.of("customerId", hanako, "add", List.of("kakebarai", "vip")),
                Map.of("email", "nobody@example.jp", "add", List.of("vip")),
                Map.of("email", "JIRO@example.jp", "add", List.of("no-such-group")),
                Map.of("email", "jiro@example.jp", "set", List.of("vip")))));

        assertThat(bulk.status()).as(bulk.text()).isEqualTo(200);
        assertThat(bulk.json().at("/succeeded").asInt()).isEqualTo(2);
        assertThat(bulk.json().at("/failed").asInt()).isEqualTo(2);
        assertThat(bulk.json().at("/results/1/errorType").asString()).isEqualTo("not-found");
        assertThat(bulk.json().at("/results/2/error").asString()).contains("no-such-group");
        assertThat(customerManagement.groupCodesOf(UUID.fromString(hanako))).containsExactlyInAnyOrder("kakebarai", "vip");
        assertThat(customerManagement.groupCodesOf(UUID.fromString(jiro))).containsExactly("vip");

        Response removed = api.asOperator().post("/api/admin/customers/bulk/groups", Map.of("changes", List.of(
                Map.of("customerId", hanako, "remove", List.of("vip")))));
        assertThat(removed.json().at("/results/0/changed").asBoolean()).isTrue();
        assertThat(customerManagement.groupCodesOf(UUID.fromString(hanako))).containsExactly("kakebarai");
    }

    @Test
    void csvExportThenEditedImportReplacesGroupsPerRowAndIsIdempotent() {
        String hanako = register("hanako@example.jp");
        String jiro = register("jiro@example.jp");
        group("kakebarai");
        group("vip");
        api.asOperator().post("/api/admin/customers/bulk/groups",
                Map.of("changes", List.of(Map.of("customerId", hanako, "add", List.of("vip")))));

        Response export = api.asOperator().download("/api/admin/customers/groups.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        String csv = export.text();
        assertThat(csv).startsWith("\uFEFFcustomer_id,email,name,groups\r\n");
        assertThat(csv).contains(hanako + ",hanako@example.jp,山田 花子,vip\r\n");

        String edited = csv.replace(",vip\r\n", ",kakebarai;vip\r\n")
                .replace(jiro + ",jiro@example.jp,山田 花子,\r\n", jiro + ",jiro@example.jp,山田 花子,kakebarai\r\n")
                + "\"\",\"ghost@example.jp\",\"x\",\"vip\"\r\n"
                + "\"\",\"jiro@example.jp\",\"x\",\"unknown-group\"\r\n";
        Response imported = api.asOperator().postCsv("/api/admin/customers/groups.csv", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().at("/succeeded").asInt()).isEqualTo(2);
        assertThat(imported.json().at("/results/2/row").asInt()).isEqualTo(4);
        assertThat(imported.json().at("/results/2/errorType").asString()).isEqualTo("not-found");
        assertThat(imported.json().at("/results/3/error").asString()).contains("unknown-group");
        assertThat(customerManagement.groupCodesOf(UUID.fromString(hanako))).containsExactlyInAnyOrder("kakebarai", "vip");
        assertThat(customerManagement.groupCodesOf(UUID.fromString(jiro))).containsExactly("kakebarai");

        Response again = api.asOperator().postCsv("/api/admin/customers/groups.csv", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.json().at("/results/0/changed").asBoolean()).isFalse();
        assertThat(again.json().at("/results/1/changed").asBoolean()).isFalse();
    }

    @Test
    void aBrokenCsvIsRefusedWholeNamingTheLine() {
        String hanako = register("hanako@example.jp");
        group("vip");

        Response unclosed = api.asOperator().postCsv("/api/admin/customers/groups.csv", ("customer_id,groups\r\n"
                + hanako + ",vip\r\n\"" + hanako + ",vip\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(unclosed.status()).as(unclosed.text()).isEqualTo(400);
        assertThat(unclosed.json().at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(unclosed.json().at("/errors/0/message").asString()).contains("line 3").contains("never closed");

        Response junk = api.asOperator().postCsv("/api/admin/customers/groups.csv", ("customer_id,groups\r\n\""
                + hanako + "\"junk,vip\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.json().at("/errors/0/message").asString()).contains("line 2").contains("closing quote");
        assertThat(customerManagement.groupCodesOf(UUID.fromString(hanako))).as("nothing applied").isEmpty();
    }

    @Test
    void csvImportWithoutTheNeededColumnsOrNotInUtf8IsAProblem() {
        Response missing = api.asOperator().postCsv("/api/admin/customers/groups.csv",
                "\"email\",\"name\"\r\n\"a@example.jp\",\"x\"\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(missing.json().at("/detail").asString()).contains("groups");

        Response cp932 = api.asOperator().postCsv("/api/admin/customers/groups.csv",
                "\"email\",\"groups\"\r\n\"a@example.jp\",\"会員\"\r\n".getBytes(java.nio.charset.Charset.forName("windows-31j")));
        assertThat(cp932.status()).isEqualTo(400);
        assertThat(cp932.json().at("/detail").asString()).contains("UTF-8");
    }

    @Test
    void ordersMayReferenceOnlyKnownCustomers() {
        String id = register("hanako@example.jp");
        Map<String, Object> order = TestOrders.order();
        order.put("customerId", id);
        assertThat(api.asOperator().post("/api/admin/orders", order).status()).isEqualTo(201);

        Map<String, Object> unknown = TestOrders.order();
        unknown.put("customerId", UUID.randomUUID().toString());
        Response refused = api.asOperator().post("/api/admin/orders", unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("customerId");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isEqualTo(1);
        assertThat(api.asOperator().post("/api/admin/orders", TestOrders.order()).status()).as("guest order").isEqualTo(201);
    }

    @Test
    void anOrderOfARemovedCustomerStaysEditable() {
        String id = register("hanako@example.jp");
        Map<String, Object> order = TestOrders.order();
        order.put("customerId", id);
        String number = api.asOperator().post("/api/admin/orders", order).json().at("/number").asString();
        api.asOperator().delete("/api/admin/customers/" + id);

        Response edited = api.asOperator().patch("/api/admin/orders/" + number, Map.of("customerNote", "please ring twice"));

        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    }

    @Test
    void onlyOperatorsReachTheCustomerScreens() {
        assertThat(api.anonymous().get("/api/admin/customers").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/api/admin/customer-groups").status()).isEqualTo(401);
    }

    @Test
    void groupCodesOfAnUnknownCustomerAreEmpty() {
        assertThat(customerManagement.exists(UUID.randomUUID())).isFalse();
        assertThat(customerManagement.groupCodesOf(UUID.randomUUID())).isEqualTo(Set.of());
    }
}
