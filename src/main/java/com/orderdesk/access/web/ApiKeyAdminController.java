package com.orderdesk.access.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderdesk.access.internal.ApiKey;
import com.orderdesk.access.internal.ApiKeys;
import com.orderdesk.shared.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Integrator API keys: issued by an ADMIN with the secret shown once, listed without it, revoked. */
@RestController
@RequestMapping("/api/admin/api-keys")
class ApiKeyAdminController {

    private final ApiKeys apiKeys;

    ApiKeyAdminController(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /**
     * @param replaces a key this one replaces (rotation): the new key belongs to the same store and
     *        reaches its orders and customers; without it the key starts a store of its own
     */
    record IssueKey(@NotBlank @Size(max = 100) String name, @Nullable UUID replaces) {
    }

    /** @param storeId the store (tenant) whose orders and customers the key reaches through the store API */
    record KeyView(UUID id, String name, UUID storeId, String prefix, String createdBy, Instant createdAt,
            @Nullable Instant revokedAt, @Nullable String key) {
        static KeyView of(ApiKey key, @Nullable String plainKey) {
            return new KeyView(key.id(), key.name(), key.storeId(), key.prefix(), key.createdBy(), key.createdAt(),
                    key.revokedAt(), plainKey);
        }
    }

    @PostMapping
    ResponseEntity<KeyView> issue(@Valid @RequestBody IssueKey request) {
        ApiKeys.IssuedKey issued = apiKeys.issue(request.name(), CurrentActor.name(), request.replaces());
        // no-store: the secret must not be kept by caches or the idempotency store.
        return ResponseEntity.created(URI.create("/api/admin/api-keys/" + issued.key().id()))
                .cacheControl(CacheControl.noStore())
                .body(KeyView.of(issued.key(), issued.plainKey()));
    }

    @GetMapping
    List<KeyView> list() {
        return apiKeys.all().stream().map(key -> KeyView.of(key, null)).toList();
    }

    @GetMapping("/{id}")
    KeyView get(@PathVariable UUID id) {
        return KeyView.of(apiKeys.get(id), null);
    }

    @DeleteMapping("/{id}")
    KeyView revoke(@PathVariable UUID id) {
        return KeyView.of(apiKeys.revoke(id), null);
    }
}
