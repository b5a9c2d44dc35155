package com.orderdesk.customer.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.orderdesk.shared.EntityTags;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operators' member register: create, change, remove and search customers. */
@Service
public class CustomerDirectory {

    private final CustomerRepository customers;
    private final Clock clock;

    CustomerDirectory(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /** Filters of the member list; text filters match partially and ignore case. */
    public record Criteria(@Nullable String q, @Nullable String email, @Nullable String groupCode, int page, int size) {
    }

    @Transactional
    public Customer register(CustomerData data) {
        ensureEmailFree(data.email(), null);
        return save(new Customer(data, clock.instant()));
    }

    /** Registers a member for an integrator's store (store API); only that store reaches it again. */
    @Transactional
    public Customer registerForStore(CustomerData data, UUID storeId) {
        ensureEmailFree(data.email(), null);
        return save(new Customer(data, clock.instant(), storeId));
    }

    /** @throws CustomerNotFound when no customer has this id or another store registered it */
    @Transactional(readOnly = true)
    public Customer getForStore(UUID id, UUID storeId) {
        return customers.findById(id).filter(customer -> storeId.equals(customer.storeId()))
                .orElseThrow(() -> new CustomerNotFound(id.toString()));
    }

    @Transactional(readOnly = true)
    public Customer get(UUID id) {
        return customers.findById(id).orElseThrow(() -> new CustomerNotFound(id.toString()));
    }

    @Transactional
    public Customer update(UUID id, CustomerData data) {
        return update(id, data, null);
    }

    /**
     * @param expectedVersion the version the change was made on (If-Match); null for any
     * @throws com.orderdesk.shared.StaleVersion (412) when the customer changed since
     */
    @Transactional
    public Customer update(UUID id, CustomerData data, @Nullable Long expectedVersion) {
        Customer customer = get(id);
        EntityTags.ensureCurrent(expectedVersion, customer.version(), "customer", id.toString());
        ensureEmailFree(data.email(), id);
        customer.apply(data, clock.instant());
        return save(customer);
    }

    @Transactional
    public void remove(UUID id) {
        customers.delete(get(id));
    }

    @Transactional(readOnly = true)
    public Page<Customer> search(Criteria criteria) {
        Specification<Customer> spec = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (criteria.q() != null && !criteria.q().isBlank()) {
                String like = "%" + escape(criteria.q().strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(cb.lower(root.get("kana")), like, '\\'),
                        cb.like(cb.lower(root.get("email")), like, '\\'),
                        cb.like(cb.lower(root.get("company")), like, '\\')));
            }
            if (criteria.email() != null && !criteria.email().isBlank()) {
                predicates.add(cb.equal(cb.lower(root.get("email")), criteria.email().strip().toLowerCase(Locale.ROOT)));
            }
            if (criteria.groupCode() != null && !criteria.groupCode().isBlank()) {
                Join<Customer, String> groups = root.join("groupCodes");
                predicates.add(cb.equal(groups, criteria.groupCode().strip()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        return customers.findAll(spec, PageRequest.of(criteria.page(), criteria.size(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
    }

    private void ensureEmailFree(String email, @Nullable UUID self) {
        customers.findByEmailIgnoringCase(email)
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new EmailAlreadyRegistered(email);
                });
    }

    /** The unique index is the backstop when two operators register the same address at once. */
    private Customer save(Customer customer) {
        try {
            return customers.saveAndFlush(customer);
        } catch (DataIntegrityViolationException raced) {
            throw new EmailAlreadyRegistered(customer.email());
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
