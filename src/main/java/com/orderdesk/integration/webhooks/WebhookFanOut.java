package com.orderdesk.integration.webhooks;

import java.time.Clock;

import com.orderdesk.integration.IntegrationEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each integration event into one delivery per endpoint that wants it, through the event
 * publication registry: if the application stops between the event's commit and this listener's,
 * the publication stays incomplete and is resubmitted, and the unique (endpoint, event) pair keeps
 * a resubmission from delivering twice. The body is fixed here, so every attempt signs the same bytes.
 */
@Component
class WebhookFanOut {

    private final WebhookStore store;
    private final WebhookProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    WebhookFanOut(WebhookStore store, WebhookProperties properties, JsonMapper json, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(IntegrationEvent event) {
        String payload = json.writeValueAsString(event);
        store.enabledEndpoints().stream().filter(endpoint -> endpoint.wants(event.type(), event.storeId()))
                .forEach(endpoint -> store.enqueue(endpoint.id(), event.id(), event.type(), event.orderNumber(), payload,
                        properties.attemptLimit(), clock.instant()));
    }
}
