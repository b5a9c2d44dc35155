package com.orderdesk.access.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.access.ApiKeySummary;
import com.orderdesk.access.ApiScope;
import com.orderdesk.access.StoreApiKeys;
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

/**
 * Integrator API keys: issued by an ADMIN with the secret shown once, listed without it, revoked.
 * A key names its scopes (every scope when none are named) and may expire.
 */
@RestController
@RequestMapping("/api/admin/api-keys")
class ApiKeyAdminController {

    private final StoreApiKeys apiKeys;

    ApiKeyAdminController(StoreApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /**
     * @param replaces a key this one replaces (rotation): the new key belongs to the same store and
     *        reaches its orders and customers; without it the key starts a store of its own
     * @param scopes what the key may do on the store API (orders:read, orders:write, payments:read,
     *        payments:write, customers:read, customers:write, subscriptions:read, subscriptions:write);
     *        absent for every scope
     * @param expiresAt when the key stops working (401 afterwards); absent for never
     */
    record IssueKey(@NotBlank @Size(max = 100) String name, @Nullable UUID replaces,
            @Nullable @Size(max = 20) List<String> scopes, @Nullable Instant expiresAt) {

        Set<ApiScope> parsedScopes() {
            return ScopeLists.parse(scopes, ApiScope.class, ApiScope::of, ApiScope.allValues());
        }
    }

    /**
     * @param storeId the store (tenant) whose orders and customers the key reaches through the store API
     * @param usable neither revoked nor expired
     */
    record KeyView(UUID id, String name, UUID storeId, String prefix, List<ApiScope> scopes, @Nullable Instant expiresAt,
            boolean usable, String createdBy, Instant createdAt, @Nullable Instant revokedAt, @Nullable String key) {
        static KeyView of(ApiKeySummary key, @Nullable String plainKey) {
            return new KeyView(key.id(), key.name(), key.storeId(), key.prefix(), key.scopes(), key.expiresAt(),
                    key.usable(), key.createdBy(), key.createdAt(), key.revokedAt(), plainKey);
        }
    }

    @PostMapping
    ResponseEntity<KeyView> issue(@Valid @RequestBody IssueKey request) {
        StoreApiKeys.Issued issued = apiKeys.issue(request.name(), request.parsedScopes(), request.expiresAt(),
                request.replaces());
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
