package com.orderdesk.integration.webhooks;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import com.orderdesk.integration.IntegrationEvent;
import com.orderdesk.payment.internal.settings.SecretCipher;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMINs register, change, switch and remove webhook endpoints, read their delivery log and replay
 * a delivery. The signing secret is generated here, returned once, and stored only encrypted.
 */
@Service
public class WebhookEndpoints {

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final SecretCipher cipher;
    private final Clock clock;

    WebhookEndpoints(WebhookStore store, WebhookTargets targets, SecretCipher cipher, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A freshly registered endpoint and its secret: the only moment the secret is shown. */
    public record Registered(EndpointView endpoint, String secret) {
    }

    /** An endpoint as ADMINs see it: never the secret. */
    public record EndpointView(UUID id, String url, @Nullable String description, List<String> eventTypes,
            @Nullable UUID storeId, boolean enabled, @Nullable String disabledReason,
            java.time.@Nullable Instant disabledAt, int consecutiveFailures, String createdBy,
            java.time.Instant createdAt, long version) {

        static EndpointView of(WebhookEndpoint endpoint) {
            return new EndpointView(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.eventTypes(),
                    endpoint.storeId(), endpoint.enabled(), endpoint.disabledReason(), endpoint.disabledAt(),
                    endpoint.consecutiveFailures(), endpoint.createdBy(), endpoint.createdAt(), endpoint.version());
        }
    }

    /** A delivery with its attempts (the delivery log). */
    public record DeliveryView(UUID id, UUID eventId, String eventType, String orderNumber, String status,
            int attempts, java.time.@Nullable Instant nextAttemptAt, java.time.Instant createdAt,
            java.time.@Nullable Instant deliveredAt, List<WebhookStore.Attempt> log) {
    }

    /**
     * @throws InvalidInput naming {@code url} or {@code eventTypes}
     * @throws com.orderdesk.payment.internal.settings.SecretKeyNotConfigured (503) without ORDERDESK_SECRET_KEY
     */
    @Transactional
    public Registered register(String url, @Nullable String description, List<String> eventTypes,
            @Nullable UUID storeId, String createdBy) {
        String target = targets.check(url).toString();
        List<String> types = checkTypes(eventTypes);
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(id, target, description, types, storeId,
                cipher.encrypt(secret, WebhookEndpoint.secretContext(id)), true, null, null, 0, createdBy,
                clock.instant(), 0);
        store.insert(endpoint);
        return new Registered(EndpointView.of(endpoint), secret);
    }

    @Transactional(readOnly = true)
    public List<EndpointView> all() {
        return store.endpoints().stream().map(EndpointView::of).toList();
    }

    @Transactional(readOnly = true)
    public EndpointView get(UUID id) {
        return EndpointView.of(endpoint(id));
    }

    /**
     * Changes the URL, description or event types (null keeps them), and switches the endpoint on or off.
     *
     * @param expectedVersion the version the change was made on (If-Match); null ({@code *}) for any
     * @throws com.orderdesk.shared.StaleVersion (412) when the endpoint changed since that version
     */
    @Transactional
    public EndpointView change(UUID id, @Nullable Long expectedVersion, @Nullable String url,
            @Nullable String description, @Nullable List<String> eventTypes, @Nullable Boolean enabled) {
        WebhookEndpoint current = store.lockEndpoint(id).orElseThrow(() -> new NotFound("Webhook endpoint", id.toString()));
        EntityTags.ensureCurrent(expectedVersion, current.version(), "webhook endpoint", id.toString());
        store.update(id, url == null ? current.url() : targets.check(url).toString(),
                description == null ? current.description() : description,
                eventTypes == null ? current.eventTypes() : checkTypes(eventTypes));
        if (Boolean.TRUE.equals(enabled) && !current.enabled()) {
            store.enable(id);
        } else if (Boolean.FALSE.equals(enabled) && current.enabled()) {
            store.disable(id, "disabled by an ADMIN", clock.instant());
        }
        return get(id);
    }

    @Transactional
    public void remove(UUID id) {
        endpoint(id);
        store.delete(id);
    }

    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(UUID endpointId, @Nullable String status, int limit) {
        endpoint(endpointId);
        return store.deliveries(endpointId, status, limit).stream().map(this::view).toList();
    }

    /** Sends the delivery once more, now (a delivered one too: the integrator may have lost it). */
    @Transactional
    public DeliveryView replay(UUID endpointId, UUID deliveryId) {
        WebhookStore.Delivery delivery = store.delivery(endpointId, deliveryId)
                .orElseThrow(() -> new NotFound("Webhook delivery", deliveryId.toString()));
        store.replay(delivery.id(), clock.instant());
        return view(store.delivery(endpointId, deliveryId).orElseThrow());
    }

    private DeliveryView view(WebhookStore.Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.orderNumber(),
                delivery.status(), delivery.attempts(), delivery.nextAttemptAt(), delivery.createdAt(),
                delivery.deliveredAt(), store.attempts(delivery.id()));
    }

    private WebhookEndpoint endpoint(UUID id) {
        return store.endpoint(id).orElseThrow(() -> new NotFound("Webhook endpoint", id.toString()));
    }

    private static List<String> checkTypes(List<String> eventTypes) {
        if (eventTypes.isEmpty()) {
            throw new InvalidInput("eventTypes", "must name at least one of " + IntegrationEvent.Types.ALL);
        }
        for (String type : eventTypes) {
            if (!IntegrationEvent.Types.ALL.contains(type)) {
                throw new InvalidInput("eventTypes", "'" + type + "' is not one of " + IntegrationEvent.Types.ALL);
            }
        }
        return List.copyOf(new LinkedHashSet<>(eventTypes));
    }
}
