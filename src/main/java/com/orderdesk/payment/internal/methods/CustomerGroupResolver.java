package com.orderdesk.payment.internal.methods;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.customer.CustomerManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The customer groups a purchase counts under: those named by the caller plus the customer's own. */
@Component
class CustomerGroupResolver {

    private final CustomerManagement customers;

    CustomerGroupResolver(CustomerManagement customers) {
        this.customers = customers;
    }

    Set<String> groups(Set<String> named, @Nullable UUID customerId) {
        if (customerId == null) {
            return Set.copyOf(named);
        }
        Set<String> groups = new HashSet<>(named);
        groups.addAll(customers.groupCodesOf(customerId));
        return groups;
    }
}
