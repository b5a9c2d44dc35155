package com.orderdesk.customer.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A member's editable details as validated at the API edge. */
@NamedInterface("customers")
public record CustomerData(String name, @Nullable String kana, String email, @Nullable String phone,
        @Nullable String mobilePhone, @Nullable String company, @Nullable String note, List<CustomerAddress> addresses) {
}
