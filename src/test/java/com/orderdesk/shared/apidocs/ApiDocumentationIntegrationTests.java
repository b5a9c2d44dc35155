package com.orderdesk.shared.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.orderdesk.order.OrderSummary;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI documents the app serves: conventions on every operation, unique schema names, and
 * the files {@code .ci/run} lints with Spectral ({@code target/openapi/*.json}).
 */
class ApiDocumentationIntegrationTests extends IntegrationTestSupport {

    static final List<String> GROUPS = List.of("admin", "store", "webhooks", "sandbox");

    @Autowired
    UniqueSchemaNames schemaNames;

    private JsonNode document(String group) throws IOException {
        Response response = api.anonymous().get("/v3/api-docs/" + group);
        assertThat(response.status()).isEqualTo(200);
        Path file = Path.of("target", "openapi", group + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, response.text(), StandardCharsets.UTF_8);
        return response.json();
    }

    @Test
    void everyOperationHasAnAreaSummarySecurityAndProblemResponses() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String group : GROUPS) {
            JsonNode document = document(group);
            assertThat(document.at("/info/title").asString()).isEqualTo("OrderDesk API");
            assertThat(document.at("/info/contact/name").asString()).isNotBlank();
            assertThat(document.at("/servers/0/x-internal").isBoolean()).isTrue();
            Set<String> tags = new java.util.HashSet<>();
            document.at("/tags").forEach(tag -> tags.add(tag.at("/name").asString()));
            document.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                assertThat(tags).as(where).contains(operation.at("/tags/0").asString());
                assertThat(operation.at("/summary").asString()).as(where).isNotBlank();
                assertThat(operation.at("/operationId").asString()).as(where).doesNotContain("_");
                assertThat(operation.at("/security").isArray()).as(where).isTrue();
                assertThat(operation.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
                        .as(where).isEqualTo("#/components/schemas/Problem");
                if (path.getKey().startsWith("/api/admin/")) {
                    assertThat(operation.at("/security/0/operatorLogin").isArray()).as(where).isTrue();
                }
                if (path.getKey().startsWith("/api/store/")) {
                    assertThat(operation.at("/security/0/apiKey").isArray()).as(where).isTrue();
                }
                if (entry.getKey().equals("post") && !group.equals("webhooks") && !group.equals("sandbox")) {
                    List<String> headers = new ArrayList<>();
                    operation.at("/parameters").forEach(parameter -> headers.add(parameter.at("/name").asString()));
                    assertThat(headers).as(where).contains("Idempotency-Key");
                }
                checked.add(where);
            }));
        }
        assertThat(checked).contains("GET /api/admin/orders", "POST /api/store/checkout", "POST /webhooks/{provider}",
                "POST /api/sandbox/dsk/{dskId}/pay");
    }

    @Test
    void theOrderSearchIsDocumentedAsItsParametersAndTagsAreAreas() throws IOException {
        JsonNode search = document("admin").at("/paths/~1api~1admin~1orders/get");
        List<String> parameters = new ArrayList<>();
        search.at("/parameters").forEach(parameter -> parameters.add(parameter.at("/name").asString()));
        assertThat(parameters).contains("status", "customerName", "customerKana", "phone", "placedFrom", "page", "size")
                .doesNotContain("params");
        assertThat(search.at("/tags/0").asString()).isEqualTo("受注 Orders");
        assertThat(document("admin").at("/paths/~1api~1admin~1orders~1{number}~1payment~1capture/post/tags/0").asString())
                .isEqualTo("決済 Payments");
    }

    @Test
    void schemaNamesAreUniqueAndTheOrderListItemIsDocumentedWhole() throws IOException {
        JsonNode all = api.anonymous().get("/v3/api-docs").json();
        for (String group : GROUPS) {
            document(group);
        }
        assertThat(schemaNames.collisions()).as("two classes documented under one schema name").isEmpty();
        JsonNode summary = all.at("/components/schemas/OrderSummary/properties");
        assertThat(summary.size()).isEqualTo(OrderSummary.class.getRecordComponents().length);
    }
}
