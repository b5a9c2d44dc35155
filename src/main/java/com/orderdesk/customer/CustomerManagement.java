package com.orderdesk.customer;

import java.util.Set;
import java.util.UUID;

import com.orderdesk.customer.internal.CustomerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's API for other modules: whether a customer exists (orders reference
 * customers by id) and which user groups (ユーザーグループ) a customer belongs to, which payment
 * uses to gate payment methods such as kakebarai.
 */
@Service
public class CustomerManagement {

    private final CustomerRepository customers;

    CustomerManagement(CustomerRepository customers) {
        this.customers = customers;
    }

    /** Whether a customer with this id exists. {@code customerId} must not be null. */
    @Transactional(readOnly = true)
    public boolean exists(UUID customerId) {
        return customers.existsById(customerId);
    }

    /**
     * Whether a customer with this id exists and was registered by this integrator's store (the only
     * customers the store API may reach). Neither argument may be null.
     */
    @Transactional(readOnly = true)
    public boolean existsInStore(UUID customerId, UUID storeId) {
        return customers.existsByIdAndStoreId(customerId, storeId);
    }

    /**
     * The codes of the groups the customer belongs to; empty for an unknown customer or one in no
     * group. Never null.
     */
    @Transactional(readOnly = true)
    public Set<String> groupCodesOf(UUID customerId) {
        return Set.copyOf(customers.groupCodesOf(customerId));
    }
}
