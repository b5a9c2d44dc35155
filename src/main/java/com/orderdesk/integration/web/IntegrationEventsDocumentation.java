package com.orderdesk.integration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderdesk.integration.IntegrationEvent;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents the events integrators receive, as OpenAPI 3.1 {@code webhooks} of the store API's
 * document: one entry per event type with the Standard Webhooks headers, the {@link IntegrationEvent}
 * schema and an example body. The same JSON is the body of the RabbitMQ messages (routing key = type).
 */
@Component
class IntegrationEventsDocumentation implements GlobalOpenApiCustomizer, Ordered {

    private static final String SCHEMA = "IntegrationEvent";

    private static final String EXAMPLE = """
            {"schemaVersion": 1, "id": "4f1c3d0e-8a51-3b7e-9d2a-6c0f1e2d3b4a", "type": "payment.status-changed",
             "occurredAt": "2026-11-29T05:12:03Z", "storeId": "0b9e7c1a-2f3d-4e5f-8a9b-1c2d3e4f5a6b",
             "orderNumber": "OD-000123",
             "change": {"from": "PENDING", "to": "PAID", "providerStatus": "入金済", "details": ["provider DSK"]},
             "order": {"number": "OD-000123", "status": "NEW", "placedAt": "2026-11-28T10:00:00Z",
                       "updatedAt": "2026-11-28T10:00:00Z", "paymentMethodCode": "CVS",
                       "deliveryMethodCode": "YAMATO",
                       "totals": {"subtotal": 3280, "shippingFee": 550, "paymentFee": 0, "adjustment": 0,
                                  "usedPoints": 0, "total": 3830, "taxBase10": 2750, "tax10": 250,
                                  "taxBase8": 1080, "tax8": 80},
                       "lines": [{"productCode": "TEA-001", "productName": "煎茶 100g", "unitPrice": 1100,
                                  "quantity": 2, "taxCategory": "STANDARD_10", "amount": 2200}],
                       "payment": {"attempt": 1, "methodCode": "CVS", "provider": "DSK", "status": "PAID",
                                   "providerStatus": "入金済", "amount": 3830, "capturedAmount": 0,
                                   "refundedAmount": 0,
                                   "nextAction": {"type": "NONE", "data": {}}},
                       "shipments": []}}""";

    /** An atobarai-style review that failed at the shopper's SMS step; the order is cancelled by the provider's rule. */
    private static final String REVIEW_EXAMPLE = """
            {"schemaVersion": 1, "id": "9a0b1c2d-3e4f-3a5b-8c6d-7e8f9a0b1c2d", "type": "payment.review-completed",
             "occurredAt": "2026-11-29T05:42:10Z", "storeId": "0b9e7c1a-2f3d-4e5f-8a9b-1c2d3e4f5a6b",
             "orderNumber": "OD-000124",
             "change": {"from": "UNDER_REVIEW", "to": "FAILED", "providerStatus": "NG",
                        "details": ["provider KURONEKO_ATOBARAI"],
                        "review": {"outcome": "FAILED", "failure": "TIMED_OUT",
                                   "reason": "the shopper did not complete the review step in time",
                                   "orderCancelled": true}},
             "order": {"number": "OD-000124", "status": "NEW", "placedAt": "2026-11-29T05:10:00Z",
                       "updatedAt": "2026-11-29T05:10:00Z", "paymentMethodCode": "ATOBARAI",
                       "deliveryMethodCode": "YAMATO",
                       "totals": {"subtotal": 3280, "shippingFee": 550, "paymentFee": 0, "adjustment": 0,
                                  "usedPoints": 0, "total": 3830, "taxBase10": 2750, "tax10": 250,
                                  "taxBase8": 1080, "tax8": 80},
                       "lines": [{"productCode": "TEA-001", "productName": "煎茶 100g", "unitPrice": 1100,
                                  "quantity": 2, "taxCategory": "STANDARD_10", "amount": 2200}],
                       "payment": {"attempt": 1, "methodCode": "ATOBARAI", "provider": "KURONEKO_ATOBARAI",
                                   "status": "FAILED", "providerStatus": "NG", "amount": 3830,
                                   "capturedAmount": 0, "refundedAmount": 0,
                                   "nextAction": {"type": "NONE", "data": {}}},
                       "shipments": []}}""";

    private final JsonMapper json;

    IntegrationEventsDocumentation(JsonMapper json) {
        this.json = json;
    }

    /** After the conventions set the tags (0), before the limits are added to every schema (10). */
    @Override
    public int getOrder() {
        return 5;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || !openApi.getPaths().containsKey("/api/store/orders")) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        ModelConverters.getInstance().readAll(new AnnotatedType(IntegrationEvent.class))
                .forEach((name, schema) -> {
                    if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey(name)) {
                        openApi.getComponents().addSchemas(name, schema);
                    }
                });
        List<Tag> tags = new ArrayList<>(openApi.getTags() == null ? List.of() : openApi.getTags());
        if (tags.stream().noneMatch(tag -> "Events".equals(tag.getName()))) {
            tags.add(new Tag().name("Events").description(
                    "What integrators receive: signed webhooks and RabbitMQ messages, one body per event"));
            openApi.setTags(tags);
        }
        Object example = json.readValue(EXAMPLE, Map.class);
        Object reviewExample = json.readValue(REVIEW_EXAMPLE, Map.class);
        IntegrationEvent.Types.ALL.forEach(type -> openApi.addWebhooks(type, event(type,
                type.equals(IntegrationEvent.Types.PAYMENT_REVIEW_COMPLETED) ? reviewExample : example)));
    }

    private static PathItem event(String type, Object example) {
        Operation operation = new Operation()
                .operationId("event_" + type.replaceAll("[.-]", "_"))
                .summary("Event " + type)
                .description("""
                        POSTed to every enabled webhook endpoint subscribed to %s (POST /api/admin/webhook-endpoints), \
                        and published to RabbitMQ exchange %s with routing key %s when AMQP is enabled. Signed by \
                        the Standard Webhooks scheme: webhook-signature = "v1," + base64(HMAC-SHA256(key, \
                        webhook-id + "." + webhook-timestamp + "." + body)), key = base64-decoded part of the \
                        endpoint's whsec_ secret. At least once: deduplicate by webhook-id (= the body's id). \
                        Any 2xx within the timeout ends the retries; anything else is retried with backoff.\
                        """.formatted(type, IntegrationEvent.EXCHANGE, type))
                .tags(List.of("Events"))
                .addParametersItem(header("webhook-id", "The event's id, the same on every retry and replay"))
                .addParametersItem(header("webhook-timestamp", "Seconds since the epoch when this attempt was signed"))
                .addParametersItem(header("webhook-signature", "v1,<base64 HMAC-SHA256>"))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)).example(example))))
                .responses(new ApiResponses().addApiResponse("200",
                        new ApiResponse().description("Received (any 2xx); OrderDesk reads at most the first 500 bytes")));
        return new PathItem().post(operation);
    }

    private static HeaderParameter header(String name, String description) {
        return (HeaderParameter) new HeaderParameter().name(name).required(true).description(description)
                .schema(new StringSchema().maxLength(200).pattern("^[\\x21-\\x7e]+$"));
    }
}
