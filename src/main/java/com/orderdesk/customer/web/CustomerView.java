package com.orderdesk.customer.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerAddress;
import org.jspecify.annotations.Nullable;

/**
 * A member as the admin API shows it. {@code buyerAccount} is the B2B buyer account (取引先) when the
 * customer applied for one, else null; lists leave it out (one lookup per customer), the single
 * customer carries it.
 */
record CustomerView(UUID id, long version, String name, @Nullable String kana, String email, @Nullable String phone,
        @Nullable String mobilePhone, @Nullable String company, @Nullable String note, List<CustomerAddress> addresses,
        Set<String> groups, Instant createdAt, Instant updatedAt, @Nullable BuyerAccountSummary buyerAccount) {

    static CustomerView of(Customer customer) {
        return of(customer, null);
    }

    static CustomerView of(Customer customer, @Nullable BuyerAccountSummary buyerAccount) {
        return new CustomerView(customer.id(), customer.version(), customer.name(), customer.kana(), customer.email(),
                customer.phone(), customer.mobilePhone(), customer.company(), customer.note(), customer.addresses(),
                new TreeSet<>(customer.groupCodes()), customer.createdAt(), customer.updatedAt(), buyerAccount);
    }
}
