package com.orderdesk.shared.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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

    /**
     * Bodies with no example to check: a PDF, a ZIP or raw bytes has no meaningful one, and {@code *}{@code /*}
     * is a text whose type the controller sets at run time (a CSV file, a provider's own wire format).
     */
    private static final Set<String> BINARY = Set.of("application/pdf", "application/zip", "application/octet-stream", "*/*");

    @Autowired
    UniqueSchemaNames schemaNames;

    @Autowired
    ApiExamples examples;

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
                    assertThat(operation.at("/security/1/personalToken").isArray()).as(where).isTrue();
                }
                if (path.getKey().startsWith("/api/store/")) {
                    assertThat(operation.at("/security/0/apiKey").isArray()).as(where).isTrue();
                    assertThat(operation.at("/x-required-scopes/0").asString()).as(where).contains(":");
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
        JsonNode store = document("store");
        assertThat(store.at("/paths/~1api~1store~1checkout/post/x-required-scopes").toString())
                .isEqualTo("[\"orders:write\",\"payments:write\"]");
        assertThat(store.at("/components/securitySchemes/personalToken/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void theOrderSearchIsDocumentedAsItsParametersAndTagsAreAreas() throws IOException {
        JsonNode search = document("admin").at("/paths/~1api~1admin~1orders/get");
        List<String> parameters = new ArrayList<>();
        search.at("/parameters").forEach(parameter -> parameters.add(parameter.at("/name").asString()));
        assertThat(parameters).contains("status", "customerName", "customerKana", "phone", "placedFrom", "needsAttention", "page", "size")
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

    /**
     * Every body an operation takes or returns has an example, and each example (request, response
     * and problem) is valid against the schema beside it: the document is loaded whole into a JSON
     * Schema 2020-12 validator (OpenAPI 3.1 schemas are that dialect), so $refs resolve as served.
     */
    @Test
    void everyBodyHasAnExampleThatValidatesAgainstItsSchema() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String group : GROUPS) {
            JsonNode document = document(group);
            // An identifier only: the registry serves the document from this map and fetches nothing.
            String base = "http://127.0.0.1/openapi/" + group + ".json";
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemas(Map.of(base, document.toString())));
            document.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
                String operation = "/paths/" + pointer(path.getKey()) + "/" + entry.getKey();
                String fragment = operation.replace("{", "%7B").replace("}", "%7D");
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                List<String> bodies = new ArrayList<>();
                entry.getValue().at("/requestBody/content").properties().stream().map(Map.Entry::getKey)
                        .filter(type -> !BINARY.contains(type))
                        .forEach(type -> bodies.add("/requestBody/content/" + pointer(type)));
                entry.getValue().at("/responses").properties().forEach(response -> response.getValue().at("/content")
                        .properties().stream().map(Map.Entry::getKey).filter(type -> !BINARY.contains(type))
                        .forEach(type -> bodies.add("/responses/" + response.getKey() + "/content/" + pointer(type))));
                for (String body : bodies) {
                    JsonNode media = document.at(operation + body);
                    if (media.at("/schema").isMissingNode()) {
                        continue;
                    }
                    List<JsonNode> examples = new ArrayList<>();
                    if (media.has("example")) {
                        examples.add(media.get("example"));
                    }
                    media.at("/examples").forEach(named -> examples.add(named.at("/value")));
                    if (examples.isEmpty()) {
                        failures.add(where + " " + body + ": no example");
                        continue;
                    }
                    var schema = registry.getSchema(SchemaLocation.of(base + "#" + fragment + body + "/schema"));
                    for (JsonNode example : examples) {
                        schema.validate(example).forEach(error -> failures.add(where + " " + body + ": " + error));
                    }
                    checked.add(where + " " + body);
                }
            }));
        }
        assertThat(failures).as("bodies without an example, or examples their schema refuses").isEmpty();
        assertThat(examples.unused()).as("examples (openapi/examples/*.json) for no body any document has").isEmpty();
        assertThat(checked).contains(
                "POST /api/admin/orders /requestBody/content/application~1json",
                "GET /api/admin/orders/{number} /responses/200/content/application~1json",
                "GET /api/admin/orders/{number} /responses/404/content/application~1problem+json");
    }

    /** A JSON pointer segment (RFC 6901). */
    private static String pointer(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
