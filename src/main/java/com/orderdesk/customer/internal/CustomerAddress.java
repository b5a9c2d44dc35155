package com.orderdesk.customer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** One of a member's saved addresses (自宅, 勤務先, a gift recipient). */
@Embeddable
@NamedInterface("customers")
public record CustomerAddress(
        @Column(name = "label") @Nullable String label,
        @Column(name = "name") @Nullable String name,
        @Column(name = "phone") @Nullable String phone,
        @Column(name = "postal_code", nullable = false) String postalCode,
        @Column(name = "prefecture", nullable = false) String prefecture,
        @Column(name = "city", nullable = false) String city,
        @Column(name = "address1", nullable = false) String address1,
        @Column(name = "address2") @Nullable String address2) {
}
