package com.orderdesk.shared.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What every operation of the document gets from its path and method instead of annotations: its
 * area tag, an operation id and summary, the security it needs, the {@code Idempotency-Key} header
 * where it is honoured, and its error responses as RFC 9457 problems.
 */
@Component
class OperationConventions implements GlobalOpenApiCustomizer, Ordered {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.setTags(ApiAreas.tags());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(path, method, operation)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiAreas area = ApiAreas.of(path);
        String javaName = operation.getOperationId() == null ? "" : operation.getOperationId().replaceFirst("_\\d+$", "");
        operation.setTags(List.of(area.tag()));
        operation.setOperationId(operationId(method, path));
        if (operation.getSummary() == null) {
            operation.setSummary(summary(javaName, method, path));
        }
        if (operation.getDescription() == null) {
            operation.setDescription(description(path, method));
        }
        operation.setSecurity(security(path));
        if (method == PathItem.HttpMethod.POST && (path.startsWith("/api/admin/") || path.startsWith("/api/store/"))) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("Makes a retried POST safe: the same key and body answer the first response again "
                            + "(Idempotent-Replayed: true) without doing it twice; the same key with another body is 422, "
                            + "a concurrent duplicate 409. Kept 24 hours.")
                    .schema(new StringSchema().maxLength(255).pattern("^[ -~]{1,255}$")).example("order-2026-11-29-0001"));
        }
        addProblems(path, method, operation);
    }

    private static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api", "").split("[^A-Za-z0-9]+")) {
            if (!segment.isEmpty()) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    private static String summary(String javaName, PathItem.HttpMethod method, String path) {
        if (javaName.isEmpty()) {
            return method + " " + path;
        }
        String words = javaName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String description(String path, PathItem.HttpMethod method) {
        String who;
        if (path.startsWith("/api/admin/users") || path.startsWith("/api/admin/api-keys")
                || (path.startsWith("/api/admin/providers") && method == PathItem.HttpMethod.PUT)) {
            who = "Needs an operator login with role ADMIN.";
        } else if (path.startsWith("/api/admin/")) {
            who = "Needs an operator login (role OPERATOR or ADMIN).";
        } else if (path.startsWith("/api/store/")) {
            who = "Needs an integrator API key (X-Api-Key); sees only its own store's orders and customers.";
        } else if (path.startsWith("/webhooks/")) {
            who = "Called by the payment provider, not by OrderDesk users: no OrderDesk credentials; the notice is "
                    + "checked by the provider's own means (source address allowlist, shared values in the body) "
                    + "and stored in the inbox before it is answered.";
        } else {
            who = "Sandbox only: the built-in provider simulators, for development and tests; no credentials.";
        }
        String conditional = method == PathItem.HttpMethod.PATCH
                ? " Send the resource's ETag as If-Match (428 without it, 412 when it is stale)." : "";
        return who + conditional + " Errors are RFC 9457 problem documents.";
    }

    private static List<SecurityRequirement> security(String path) {
        if (path.startsWith("/api/admin/")) {
            // Either scheme: a password sign-in or a personal access token.
            return List.of(new SecurityRequirement().addList(ApiDocumentation.OPERATOR_LOGIN),
                    new SecurityRequirement().addList(ApiDocumentation.PERSONAL_TOKEN));
        }
        if (path.startsWith("/api/store/")) {
            return List.of(new SecurityRequirement().addList(ApiDocumentation.API_KEY));
        }
        // Webhooks and the sandbox take no OrderDesk credentials (see the description): an empty requirement says so.
        return List.of(new SecurityRequirement());
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid request: the errors array names each field or parameter and why");
        if (path.startsWith("/api/admin/") || path.startsWith("/api/store/")) {
            problems.put("401", "No or wrong credentials");
            problems.put("403", "The credentials do not allow this operation");
        }
        if (path.contains("{")) {
            problems.put("404", "No such resource");
        }
        if (method != PathItem.HttpMethod.GET) {
            problems.put("409", "Not possible in the resource's current state (or a concurrent duplicate request)");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            problems.put("412", "If-Match names an older version: reload and apply the change again");
            problems.put("428", "If-Match is missing");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The request body is too large");
            problems.put("415", "The body is not JSON (or the media type the operation names)");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            problems.put("422", "Well-formed but against the business rules (or an Idempotency-Key reused with another body)");
        }
        if (path.startsWith("/api/admin/") || path.startsWith("/api/store/")) {
            problems.put("429", "Too many requests: too many failed sign-ins, or an API key or personal token over its "
                    + "request rate; Retry-After says when to try again");
        }
        problems.put("500", "Unexpected server error; nothing half-done is kept");
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problems.forEach((status, text) -> {
            ApiResponse existing = operation.getResponses().get(status);
            if (existing == null || existing.getContent() == null || !existing.getContent().containsKey(PROBLEM_JSON)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(text)
                        .content(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
        // Retry-After is named in the 429's description, not as a header object: the OWASP ruleset wants
        // every response that declares headers to declare CORS headers too, and OrderDesk serves no CORS.
        if (!operation.getResponses().containsKey("429") && path.startsWith("/api/sandbox/")) {
            // The sandbox's fault settings (orderdesk.sandbox.faults.<slug>.rate-limit) answer a bare 429, no body.
            ApiResponse tooMany = new ApiResponse().description("Only with a simulated rate limit (orderdesk.sandbox.faults.<slug>.rate-limit): "
                    + "over it; Retry-After says when to try again");
            operation.getResponses().addApiResponse("429", tooMany);
        }
        // springdoc says */* where a controller names no media type. OrderDesk produces JSON, so a body with
        // a JSON schema is documented as application/json (dropping */* left every such response without a
        // schema). A plain text or byte body stays */*: the controller sets its type at run time (a CSV
        // file, or a provider's own wire format in the sandbox and the notification answers).
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            MediaType any = content == null ? null : content.get("*/*");
            if (any != null && !content.containsKey("application/json") && !isText(any.getSchema())) {
                content.remove("*/*");
                if (any.getSchema() != null) {
                    content.addMediaType("application/json", any);
                }
            }
        });
    }

    private static boolean isText(Schema<?> schema) {
        return schema != null && ("string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().maxLength(200).description("The field or parameter, such as lines[0].quantity"))
                .addProperty("message", new StringSchema().maxLength(1000).description("What is wrong with it"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:orderdesk:problem:validation");
        example.put("title", "Invalid request");
        example.put("status", 400);
        example.put("detail", "customer.postalCode: must be 7 digits, with or without a hyphen (123-4567)");
        example.put("instance", "/api/admin/orders");
        example.put("errors", List.of(Map.of("field", "customer.postalCode",
                "message", "must be 7 digits, with or without a hyphen (123-4567)")));
        // A plain Schema, not ObjectSchema: ObjectSchema turns an example into its text.
        return new Schema<Object>().type("object").types(java.util.Set.of("object"))
                .description("RFC 9457 problem details; titles follow Accept-Language (ja or English)")
                .addProperty("type", new StringSchema().format("uri").maxLength(200).description("urn:orderdesk:problem:<kind>"))
                .addProperty("title", new StringSchema().maxLength(200))
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().maxLength(4000))
                .addProperty("instance", new StringSchema().format("uri-reference").maxLength(2048))
                .addProperty("errors", new ArraySchema().items(fieldError).maxItems(1000))
                .example(example);
    }
}
