package com.orderdesk.shared.apidocs;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Every string, integer and array in the document states its limits. Limits declared in code
 * ({@code @Size}, {@code @Max}, …) are kept as springdoc derived them; the rest get the bounds of
 * their type (an {@code int64} is at most 2<sup>63</sup>−1) or a documented ceiling: strings
 * {@value #DEFAULT_MAX_LENGTH} characters, arrays {@value #DEFAULT_MAX_ITEMS} items, dates and ids
 * their exact size.
 */
@Component
class SchemaLimits implements GlobalOpenApiCustomizer, Ordered {

    static final int DEFAULT_MAX_LENGTH = 10_000;
    static final int DEFAULT_MAX_ITEMS = 10_000;

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> limit(schema, seen));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> limit(parameter.getSchema(), seen));
            }
            item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> limit(parameter.getSchema(), seen));
                }
                if (operation.getRequestBody() != null) {
                    limit(operation.getRequestBody().getContent(), seen);
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> {
                        limit(response.getContent(), seen);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(header -> limit(header.getSchema(), seen));
                        }
                    });
                }
            });
        });
    }

    private static void limit(Content content, Set<Schema<?>> seen) {
        if (content != null) {
            content.values().forEach(media -> limit(media.getSchema(), seen));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void limit(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null && schema.getConst() == null) {
            schema.setMaxLength(maxLength(schema.getFormat()));
        }
        if (is(schema, "integer")) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (is(schema, "array") && schema.getMaxItems() == null) {
            schema.setMaxItems(DEFAULT_MAX_ITEMS);
        }
        limit(schema.getItems(), seen);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> limit((Schema) property, seen));
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            limit(additional, seen);
        }
        for (java.util.List<Schema> composed : new java.util.List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (composed != null) {
                composed.forEach(part -> limit(part, seen));
            }
        }
    }

    private static boolean is(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    private static int maxLength(String format) {
        if (format == null) {
            return DEFAULT_MAX_LENGTH;
        }
        return switch (format) {
            case "uuid" -> 36;
            case "date" -> 10;
            case "date-time" -> 40;
            case "email" -> 254;
            case "uri", "uri-reference" -> 2048;
            case "binary", "byte" -> 10 * 1024 * 1024;
            default -> DEFAULT_MAX_LENGTH;
        };
    }
}
