package com.orderdesk.shared.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Request and response examples for every operation that takes or returns a body, from one place:
 * the JSON files under {@code openapi/examples/} (a Japanese shop's orders with 10 % and 8 % lines,
 * payments in each provider's own words, RFC 9457 problems), not annotations on the controllers.
 * <p>
 * Each file holds {@code schemas} (an example per component schema name, used wherever that schema
 * is a body, and wrapped in a list where the body is an array of it), {@code operations} (by
 * {@code "METHOD /path"}: {@code request} and {@code responses} by status, either may be followed by
 * a media type such as {@code "200 text/csv"}; for bodies that are not a named schema or need
 * another example than their schema's) and {@code problems} (by status, the
 * problem documents of {@link OperationConventions}, whose {@code instance} is the operation's path with
 * the sample values of {@code pathValues}). {@code ApiDocumentationIntegrationTests} fails
 * when a body has no example or an example does not validate against its schema.
 */
@Component
class ApiExamples implements GlobalOpenApiCustomizer, Ordered {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCHEMA_REF = "#/components/schemas/";
    /** An example written as {@code {"$examples": {"name": value, …}}} becomes named examples (one per provider, say). */
    private static final String NAMED = "$examples";
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private final Map<String, Object> schemas = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> problems = new LinkedHashMap<>();
    private final Map<String, Object> pathValues = new LinkedHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    @SuppressWarnings("unchecked")
    ApiExamples() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:openapi/examples/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    Map<String, Object> file = Json.mapper().readValue(in, Map.class);
                    schemas.putAll((Map<String, Object>) file.getOrDefault("schemas", Map.of()));
                    operations.putAll((Map<String, Map<String, Object>>) file.getOrDefault("operations", Map.of()));
                    problems.putAll((Map<String, Map<String, Object>>) file.getOrDefault("problems", Map.of()));
                    pathValues.putAll((Map<String, Object>) file.getOrDefault("pathValues", Map.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI examples under openapi/examples/", e);
        }
    }

    /** After the conventions (which add the problem responses) and the other customizers. */
    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(method + " " + path, path, operation)));
    }

    @SuppressWarnings("unchecked")
    private void describe(String key, String path, Operation operation) {
        Map<String, Object> own = operations.getOrDefault(key, Map.of());
        if (operations.containsKey(key)) {
            used.add(key);
        }
        if (operation.getRequestBody() != null) {
            exemplify(operation.getRequestBody().getContent(), own, "request");
        }
        if (operation.getResponses() == null) {
            return;
        }
        Map<String, Object> ownResponses = (Map<String, Object>) own.getOrDefault("responses", Map.of());
        operation.getResponses().forEach((status, response) -> {
            Content content = response.getContent();
            if (content == null) {
                return;
            }
            MediaType problem = content.get(PROBLEM_JSON);
            if (problem != null && problems.containsKey(status)) {
                problem.setExample(problemFor(status, path));
            }
            exemplify(content, ownResponses, status);
        });
    }

    /** The operation's own example ({@code key} and media type, or {@code key} alone), else its schema's. */
    private void exemplify(Content content, Map<String, Object> own, String key) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (type.equals(PROBLEM_JSON) || media.getExample() != null || media.getExamples() != null) {
                return;
            }
            Object example = own.getOrDefault(key + " " + type, own.get(key));
            if (example == null) {
                example = forSchema(media.getSchema());
            }
            if (example instanceof Map<?, ?> map && map.get(NAMED) instanceof Map<?, ?> named) {
                named.forEach((name, value) -> media.addExamples((String) name, new Example().summary((String) name).value(value)));
            } else if (example != null) {
                media.setExample(example);
            }
        });
    }

    private Object forSchema(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(SCHEMA_REF.length());
            used.add(name);
            return schemas.get(name);
        }
        if (schema.getItems() != null && schema.getItems().get$ref() != null) {
            Object item = forSchema(schema.getItems());
            if (item instanceof Map<?, ?> map && map.get(NAMED) instanceof Map<?, ?> named) {
                Map<Object, Object> lists = new LinkedHashMap<>();
                named.forEach((name, value) -> lists.put(name, List.of(value)));
                return Map.of(NAMED, lists);
            }
            return item == null ? null : List.of(item);
        }
        return null;
    }

    /** The path with a sample value for each template variable, so that it is a URI reference. */
    private String concrete(String path) {
        return TEMPLATE.matcher(path).replaceAll(variable -> Matcher.quoteReplacement(
                String.valueOf(pathValues.getOrDefault(variable.group(1), "1"))));
    }

    /** Schema names and operations the files give an example for that no document served so far had. */
    Set<String> unused() {
        Set<String> unused = new TreeSet<>(schemas.keySet());
        unused.addAll(operations.keySet());
        unused.removeAll(used);
        return unused;
    }

    /** The status's problem, its {@code instance} being the operation's path. */
    private Map<String, Object> problemFor(String status, String path) {
        Map<String, Object> problem = new LinkedHashMap<>(problems.get(status));
        problem.put("instance", concrete(path));
        if (problem.get("errors") instanceof List<?> errors) {
            problem.put("errors", new ArrayList<>(errors));
        }
        return problem;
    }
}
