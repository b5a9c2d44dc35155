package com.orderdesk.payment.gateway;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Extra flow of adapters whose provider accepts only some customers (kakebarai: screened buyer
 * companies). The core asks it whenever it judges a payment method of the provider for a purchase,
 * in the storefront's listing and on placing an order, after its own rules (enabled, delivery
 * method, groups, amounts). It may call the provider (an availability check); it never throws for
 * the provider's answers: an unreachable provider is a refusal.
 */
public interface CustomerEligibility {

    /**
     * Why the customer cannot pay with this provider now; empty when they can.
     *
     * @param customerId the registered customer, null for a guest
     * @param customerGroups the groups the purchase counts under (the customer's and those named)
     * @param settings the shop's provider settings
     */
    Optional<String> refusal(@Nullable UUID customerId, Set<String> customerGroups, ProviderSettings settings);
}
