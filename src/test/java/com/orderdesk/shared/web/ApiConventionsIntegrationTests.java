package com.orderdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every endpoint does without declaring it: query names checked, JSON only, resolvable Locations, problem language. */
class ApiConventionsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void aMisspeltQueryParameterIsRefusedByNameInsteadOfIgnored() {
        api.asOperator().post("/api/admin/orders", TestOrders.order());

        Response typo = api.asOperator().get("/api/admin/orders?stauts=NEW");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().at("/errors/0/field").asString()).isEqualTo("stauts");
        assertThat(typo.json().at("/errors/0/message").asString()).contains("status");

        Response sort = api.asOperator().get("/api/admin/orders?status=NEW&sort=total");
        assertThat(sort.status()).as("there is no sort parameter: the order is newest first").isEqualTo(400);
        assertThat(sort.json().at("/errors/0/field").asString()).isEqualTo("sort");

        Response known = api.asOperator().get("/api/admin/orders?status=NEW&status=PROCESSING&size=5");
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.json().at("/items").size()).isEqualTo(1);

        Response none = api.asOperator().get("/api/admin/orders/" + known.json().at("/items/0/number").asString() + "?verbose=1");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().at("/errors/0/message").asString()).contains("no query parameters");
    }

    @Test
    void bodiesAreJsonOnlyBothWays() throws Exception {
        MockHttpServletResponse yaml = mvc.perform(post("/api/admin/orders").with(user("operator1").roles("OPERATOR"))
                .contentType("application/yaml").content("deliveryMethodCode: YAMATO\nunknownField: 1\n".getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse();
        assertThat(yaml.getStatus()).isEqualTo(415);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();

        MockHttpServletResponse asYaml = mvc.perform(get("/api/admin/orders").with(user("operator1").roles("OPERATOR"))
                .accept("application/yaml")).andReturn().getResponse();
        assertThat(asYaml.getStatus()).isEqualTo(406);
    }

    @Test
    void theLocationsOfANewOperatorAndApiKeyResolve() {
        Response operator = api.asAdmin().post("/api/admin/users",
                Map.of("username", "hanako", "password", "a-long-passphrase", "role", "OPERATOR"));
        assertThat(operator.status()).isEqualTo(201);
        Response readOperator = api.asAdmin().get(operator.header(HttpHeaders.LOCATION));
        assertThat(readOperator.status()).isEqualTo(200);
        assertThat(readOperator.json().at("/username").asString()).isEqualTo("hanako");
        assertThat(readOperator.json().has("password")).isFalse();

        Response key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront"));
        assertThat(key.status()).isEqualTo(201);
        Response readKey = api.asAdmin().get(key.header(HttpHeaders.LOCATION));
        assertThat(readKey.status()).isEqualTo(200);
        assertThat(readKey.json().at("/name").asString()).isEqualTo("storefront");
        assertThat(readKey.json().at("/key").isNull()).as("the secret is shown only once").isTrue();

        assertThat(api.asAdmin().get("/api/admin/users/nobody").status()).isEqualTo(404);
    }

    @Test
    void problemsSpeakJapaneseWhenAskedAndEnglishOtherwise() throws Exception {
        Map<String, Object> order = TestOrders.order();
        order.put("lines", java.util.List.of());
        byte[] body = json.writeValueAsBytes(order);

        JsonNode japanese = problem(post("/api/admin/orders").header(HttpHeaders.ACCEPT_LANGUAGE, "ja-JP,ja;q=0.9")
                .contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(japanese.at("/title").asString()).isEqualTo("入力内容に誤りがあります");
        assertThat(japanese.at("/errors/0/field").asString()).isEqualTo("lines");
        assertThat(japanese.at("/errors/0/message").asString()).as("Bean Validation's own Japanese text").matches(".*[ぁ-んァ-ン一-龥].*");

        JsonNode english = problem(post("/api/admin/orders").contentType(MediaType.APPLICATION_JSON).content(body));
        assertThat(english.at("/title").asString()).isEqualTo("Invalid request");
        assertThat(english.at("/errors/0/message").asString()).matches("[ -~]+");

        JsonNode notFound = problem(get("/api/admin/orders/OD-999999").header(HttpHeaders.ACCEPT_LANGUAGE, "ja"));
        assertThat(notFound.at("/status").asInt()).isEqualTo(404);
        assertThat(notFound.at("/title").asString()).isEqualTo("見つかりません");

        JsonNode unsupported = problem(post("/api/admin/orders").header(HttpHeaders.ACCEPT_LANGUAGE, "ja")
                .contentType(MediaType.TEXT_PLAIN).content("x"));
        assertThat(unsupported.at("/status").asInt()).isEqualTo(415);
        assertThat(unsupported.at("/title").asString()).isEqualTo("リクエスト本文は JSON のみ受け付けます");
    }

    private JsonNode problem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user("operator1").roles("OPERATOR"))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse();
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
