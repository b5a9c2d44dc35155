package com.orderdesk.integration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.orderdesk.integration.webhooks.WebhookEndpoints;
import com.orderdesk.integration.webhooks.WebhookEndpoints.DeliveryView;
import com.orderdesk.integration.webhooks.WebhookEndpoints.EndpointView;
import com.orderdesk.integration.webhooks.WebhookEndpoints.Registered;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.EntityTags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outgoing webhook endpoints (ADMIN only): register one (the signing secret is in this answer only),
 * list, change, switch on again after automatic disabling, remove; read the delivery log and replay
 * a delivery. Not to be confused with {@code /api/admin/webhooks}, the providers' incoming notices.
 */
@RestController
@Validated
@RequestMapping("/api/admin/webhook-endpoints")
class WebhookEndpointAdminController {

    private final WebhookEndpoints endpoints;

    WebhookEndpointAdminController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * @param eventTypes e.g. order.placed, payment.status-changed (see IntegrationEvent.Types)
     * @param storeId only orders of this integrator's store (the API key's storeId); null: all orders
     */
    record Registration(@NotBlank @Size(max = 2048) String url, @Size(max = 200) @Nullable String description,
            @NotEmpty @Size(max = 20) List<@NotBlank String> eventTypes, @Nullable UUID storeId) {
    }

    /** Every field optional; {@code enabled: true} switches a disabled endpoint back on and clears its reason. */
    record Change(@Size(max = 2048) @Nullable String url, @Size(max = 200) @Nullable String description,
            @Size(max = 20) @Nullable List<@NotBlank String> eventTypes, @Nullable Boolean enabled) {
    }

    @PostMapping
    ResponseEntity<Registered> register(@Valid @RequestBody Registration request) {
        Registered registered = endpoints.register(request.url(), request.description(), request.eventTypes(),
                request.storeId(), CurrentActor.name());
        // no-store: the secret must not be kept by caches or the idempotency store.
        return ResponseEntity.created(URI.create("/api/admin/webhook-endpoints/" + registered.endpoint().id()))
                .eTag(EntityTags.of(registered.endpoint().version())).cacheControl(CacheControl.noStore()).body(registered);
    }

    @GetMapping
    List<EndpointView> list() {
        return endpoints.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<EndpointView> get(@PathVariable UUID id) {
        return withEtag(endpoints.get(id));
    }

    /** If-Match (the ETag of GET) is required: 428 without it, 412 when the endpoint changed meanwhile. */
    @PatchMapping("/{id}")
    ResponseEntity<EndpointView> change(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody Change request) {
        Long expected = EntityTags.requiredVersion(ifMatch, "webhook endpoint");
        return withEtag(endpoints.change(id, expected, request.url(), request.description(), request.eventTypes(),
                request.enabled()));
    }

    private static ResponseEntity<EndpointView> withEtag(EndpointView view) {
        return ResponseEntity.ok().eTag(EntityTags.of(view.version())).body(view);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        endpoints.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** The delivery log, newest first: each delivery with its attempts (status, latency, answer excerpt). */
    @GetMapping("/{id}/deliveries")
    List<DeliveryView> deliveries(@PathVariable UUID id,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "PENDING|DELIVERED|FAILED") String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return endpoints.deliveries(id, status, limit);
    }

    /** Sends the delivery once more, now. */
    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    DeliveryView replay(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return endpoints.replay(id, deliveryId);
    }
}
