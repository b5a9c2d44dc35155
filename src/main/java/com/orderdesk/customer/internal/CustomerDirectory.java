package com.orderdesk.customer.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.JapaneseText;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** The operators' member register: create, change, remove and search customers. */
@Service
@NamedInterface("customers")
public class CustomerDirectory {

    /** A phone number or part of one: at least three digits, hyphens allowed (after NFKC). */
    private static final Pattern PHONE_FRAGMENT = Pattern.compile("[0-9-]*[0-9][0-9-]*[0-9][0-9-]*[0-9][0-9-]*");


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
        ensureEmailFree(data.email(), null, null);
        return save(new Customer(data, clock.instant()));
    }

    /** Registers a member for an integrator's store (store API); only that store reaches it again. */
    @Transactional
    public Customer registerForStore(CustomerData data, UUID storeId) {
        ensureEmailFree(data.email(), storeId, null);
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
        ensureEmailFree(data.email(), customer.storeId(), id);
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
            if (criteria.q() != null && !JapaneseText.searchKey(criteria.q()).isEmpty()) {
                predicates.add(matches(root, cb, criteria.q()));
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

    /** Addresses are unique per store (and among the operators' own members), never across stores. */
    /**
     * One box for name, kana, company, e-mail and phone, folded as the stored keys are (V460):
     * {@code やまだ}, {@code ﾔﾏﾀﾞ} and {@code ヤマダ} find the same members, {@code ０３-１２３４}
     * finds {@code 03-1234-5678}. The phone is only asked when the text is a number.
     */
    private static Predicate matches(Root<Customer> root, CriteriaBuilder cb, String text) {
        String like = "%" + escape(JapaneseText.searchKey(text)) + "%";
        List<Predicate> any = new ArrayList<>(List.of(
                cb.like(root.get("nameSearch"), like, '\\'),
                cb.like(root.get("kanaSearch"), like, '\\'),
                cb.like(root.get("companySearch"), like, '\\'),
                cb.like(cb.lower(root.get("email")), like, '\\')));
        String number = JapaneseText.digitsAndHyphens(text).replaceAll("\\s+", "");
        if (PHONE_FRAGMENT.matcher(number).matches()) {
            any.add(cb.like(root.get("phoneDigits"), "%" + JapaneseText.digitsOnly(number) + "%"));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    private void ensureEmailFree(String email, @Nullable UUID storeId, @Nullable UUID self) {
        customers.findByEmailInStore(email, storeId)
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
