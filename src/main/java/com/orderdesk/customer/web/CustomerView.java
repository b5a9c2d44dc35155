package com.orderdesk.customer.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.orderdesk.customer.internal.Customer;
import com.orderdesk.customer.internal.CustomerAddress;
import org.jspecify.annotations.Nullable;

/** A member as the admin API shows it. */
record CustomerView(UUID id, long version, String name, @Nullable String kana, String email, @Nullable String phone,
        @Nullable String mobilePhone, @Nullable String company, @Nullable String note, List<CustomerAddress> addresses,
        Set<String> groups, Instant createdAt, Instant updatedAt) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.id(), customer.version(), customer.name(), customer.kana(), customer.email(),
                customer.phone(), customer.mobilePhone(), customer.company(), customer.note(), customer.addresses(),
                new TreeSet<>(customer.groupCodes()), customer.createdAt(), customer.updatedAt());
    }
}
