package com.orderdesk.payment.internal;

import java.util.List;
import java.util.UUID;

import com.orderdesk.customer.CustomerManagement;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.StoredCards;
import com.orderdesk.payment.gateway.StoredCards.StoredCard;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A customer's cards kept at the card provider (GMO-PG member + cards), for operators and for the
 * storefront that registered the customer. The customer must exist (for a store: be one of its
 * own, another store's is 404 like an unknown one) before anything reaches the provider; the
 * customer's OrderDesk id is the provider's member id, and cards arrive only as one-time tokens.
 */
@Service
public class CustomerCards {

    private final CustomerManagement customers;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;

    CustomerCards(CustomerManagement customers, PaymentGateways gateways, ProviderSettingsLookup settings) {
        this.customers = customers;
        this.gateways = gateways;
        this.settings = settings;
    }

    /** Where the card is asked for: by an operator (any customer) or by a store (its own customers). */
    public record Scope(@Nullable UUID storeId) {

        public static Scope operator() {
            return new Scope(null);
        }

        public static Scope store(UUID storeId) {
            return new Scope(storeId);
        }
    }

    /** @throws NotFound when the customer does not exist in the scope */
    public List<StoredCard> list(Scope scope, UUID customerId) {
        Provider provider = provider(scope, customerId);
        return provider.cards().list(customerId.toString(), provider.settings());
    }

    /**
     * @throws NotFound when the customer does not exist in the scope
     * @throws InvalidInput for a blank token
     */
    public StoredCard store(Scope scope, UUID customerId, @Nullable String token, @Nullable String holderName) {
        if (token == null || token.isBlank()) {
            throw new InvalidInput("token", "must be the one-time token from the card provider's browser script");
        }
        Provider provider = provider(scope, customerId);
        String holder = holderName == null || holderName.isBlank() ? null : holderName.strip();
        return provider.cards().store(customerId.toString(), holder == null ? customerId.toString() : holder,
                token.strip(), holder, provider.settings());
    }

    /** @throws NotFound when the customer does not exist in the scope, or has no such card */
    public void delete(Scope scope, UUID customerId, String cardId) {
        Provider provider = provider(scope, customerId);
        provider.cards().delete(customerId.toString(), cardId, provider.settings());
    }

    private record Provider(StoredCards cards, com.orderdesk.payment.gateway.ProviderSettings settings) {
    }

    private Provider provider(Scope scope, UUID customerId) {
        boolean exists = scope.storeId() == null ? customers.exists(customerId)
                : customers.existsInStore(customerId, scope.storeId());
        if (!exists) {
            throw new NotFound("Customer", customerId.toString());
        }
        PaymentGateway gateway = gateways.all().stream().filter(StoredCards.class::isInstance).findFirst()
                .orElseThrow(() -> new ProviderNotConfigured("no card provider keeps stored cards"));
        return new Provider((StoredCards) gateway, settings.settingsFor(gateway.providerCode()));
    }
}
