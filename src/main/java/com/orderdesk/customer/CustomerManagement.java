package com.orderdesk.customer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerAddress;
import com.orderdesk.customer.internal.CustomerDirectory;
import com.orderdesk.customer.internal.CustomerRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's API for other modules: whether a customer exists (orders reference
 * customers by id) and which user groups (ユーザーグループ) a customer belongs to, which payment
 * uses to gate payment methods such as kakebarai; and finding members by name, kana, e-mail or company
 * (the console picks the customer of an order it registers).
 */
@Service
public class CustomerManagement {

    private final CustomerRepository customers;
    private final CustomerDirectory directory;

    CustomerManagement(CustomerRepository customers, CustomerDirectory directory) {
        this.customers = customers;
        this.directory = directory;
    }

    /** The member with this id, if any. {@code customerId} must not be null. */
    @Transactional(readOnly = true)
    public Optional<CustomerSummary> find(UUID customerId) {
        return customers.findById(customerId).map(CustomerManagement::summary);
    }

    /**
     * Members whose name, kana, e-mail or company contains {@code text} (all members when blank),
     * newest first, at most {@code limit} (1..200). Never null.
     */
    @Transactional(readOnly = true)
    public List<CustomerSummary> search(@Nullable String text, int limit) {
        return directory.search(new CustomerDirectory.Criteria(text, null, null, 0, Math.clamp(limit, 1, 200)))
                .map(CustomerManagement::summary).getContent();
    }

    private static CustomerSummary summary(Customer customer) {
        CustomerAddress first = customer.addresses().isEmpty() ? null : customer.addresses().getFirst();
        return new CustomerSummary(customer.id(), customer.name(), customer.kana(), customer.email(), customer.phone(),
                customer.mobilePhone(), customer.company(), first == null ? null
                        : new CustomerSummary.Address(first.label(), first.postalCode(), first.prefecture(),
                                first.city(), first.address1(), first.address2()),
                Set.copyOf(customer.groupCodes()));
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
