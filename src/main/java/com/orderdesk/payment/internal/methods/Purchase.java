package com.orderdesk.payment.internal.methods;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a payment method is judged against: the amount the customer is billed (payment fee
 * included), the delivery method and the customer's groups; and who buys (null for a guest), for
 * providers that accept only some customers, asked only when {@code askProvider} (the storefront's
 * listing and placing an order, not every later edit).
 */
record Purchase(long billedAmount, @Nullable String deliveryMethod, Set<String> customerGroups,
        @Nullable UUID customerId, boolean askProvider) {

    Purchase {
        customerGroups = Set.copyOf(customerGroups);
    }
}
