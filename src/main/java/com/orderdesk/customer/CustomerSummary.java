package com.orderdesk.customer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member as other modules may show and use it (the console's 受注登録 fills the 注文者 fields from
 * it): contact details, the first saved address when there is one, and the group codes.
 */
public record CustomerSummary(UUID id, String name, @Nullable String kana, String email, @Nullable String phone,
        @Nullable String mobilePhone, @Nullable String company, @Nullable Address address, Set<String> groupCodes) {

    /** A saved address (住所) of the member. */
    public record Address(@Nullable String label, String postalCode, String prefecture, String city, String address1,
            @Nullable String address2) {
    }
}
