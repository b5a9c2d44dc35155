package com.orderdesk.payment.internal.methods;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a payment method is judged against: the amount the customer is billed (payment fee
 * included), the delivery method and the customer's groups.
 */
record Purchase(long billedAmount, @Nullable String deliveryMethod, Set<String> customerGroups) {

    Purchase {
        customerGroups = Set.copyOf(customerGroups);
    }
}
