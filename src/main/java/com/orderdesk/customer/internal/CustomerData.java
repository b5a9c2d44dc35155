package com.orderdesk.customer.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A member's editable details as validated at the API edge. */
public record CustomerData(String name, @Nullable String kana, String email, @Nullable String phone,
        @Nullable String mobilePhone, @Nullable String company, @Nullable String note, List<CustomerAddress> addresses) {
}
