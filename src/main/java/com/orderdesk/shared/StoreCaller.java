package com.orderdesk.shared;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The integrator calling the store API: the API key and the store (tenant) it belongs to. Orders
 * and customers created through the store API carry {@code storeId}, and the store API reaches
 * nothing else. Set as the principal by the access module's API-key filter, so modules below access
 * read it without depending on it.
 *
 * @param keyId the API key used for this request
 * @param storeId the store the key belongs to; keys issued to replace a key share its store
 * @param keyName the key's label, as written into change histories ({@code api-key:<name>})
 */
public record StoreCaller(UUID keyId, UUID storeId, String keyName) implements Principal {

    @Override
    public String getName() {
        return "api-key:" + keyName;
    }

    /** The store caller of the current request, empty outside the store API. Never null. */
    public static Optional<StoreCaller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StoreCaller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /**
     * The store of the current store-API request. Never null.
     *
     * @throws IllegalStateException outside a request authenticated by an API key (a wiring error:
     *         the store API's security chain admits no other caller)
     */
    public static UUID currentStore() {
        return current().map(StoreCaller::storeId)
                .orElseThrow(() -> new IllegalStateException("Not a store-API request authenticated by an API key"));
    }
}
