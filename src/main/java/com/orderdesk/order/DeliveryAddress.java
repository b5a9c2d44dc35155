package com.orderdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where the parcel goes (お届け先). */
@Embeddable
public record DeliveryAddress(
        @Column(name = "delivery_name", nullable = false) String name,
        @Column(name = "delivery_kana") @Nullable String kana,
        @Column(name = "delivery_phone", nullable = false) String phone,
        @Column(name = "delivery_company") @Nullable String company,
        @Column(name = "delivery_postal_code", nullable = false) String postalCode,
        @Column(name = "delivery_prefecture", nullable = false) String prefecture,
        @Column(name = "delivery_city", nullable = false) String city,
        @Column(name = "delivery_address1", nullable = false) String address1,
        @Column(name = "delivery_address2") @Nullable String address2) {
}
