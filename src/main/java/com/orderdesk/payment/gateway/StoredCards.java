package com.orderdesk.payment.gateway;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Extra flow of card adapters that keep cards at the provider for a customer (GMO-PG member +
 * card). Only masked numbers and expiry ever leave the provider; the card arrives as a one-time
 * token. A stored card is then paid with through {@link PaymentGateway#authorize} with the
 * instrument {@code {"storedCard": "<cardId>"}} and the customer's {@code providerCustomerId}.
 */
public interface StoredCards {

    /** The customer's stored cards; empty when none (or no member yet). */
    List<StoredCard> list(String providerCustomerId, ProviderSettings settings);

    /** Stores the card behind a one-time token, creating the provider member when needed. */
    StoredCard store(String providerCustomerId, String customerName, String token, ProviderSettings settings);

    /** As above, with the name on the card the shopper or operator typed (it helps tell cards apart). */
    default StoredCard store(String providerCustomerId, String customerName, String token, @Nullable String holderName,
            ProviderSettings settings) {
        return store(providerCustomerId, customerName, token, settings);
    }

    void delete(String providerCustomerId, String cardId, ProviderSettings settings);

    /** A stored card as operators may see it: never the full number. */
    record StoredCard(String cardId, String maskedNumber, String expiry, boolean isDefault) {
    }
}
