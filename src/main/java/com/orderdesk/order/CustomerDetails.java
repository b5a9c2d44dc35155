package com.orderdesk.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The ordering customer (注文者) as given with the order, kept even if a member record changes later. */
@Embeddable
public record CustomerDetails(
        @Column(name = "customer_name", nullable = false) String name,
        @Column(name = "customer_kana") @Nullable String kana,
        @Column(name = "customer_email", nullable = false) String email,
        @Column(name = "customer_phone", nullable = false) String phone,
        @Column(name = "customer_mobile_phone") @Nullable String mobilePhone,
        @Column(name = "customer_company") @Nullable String company,
        @Column(name = "customer_postal_code", nullable = false) String postalCode,
        @Column(name = "customer_prefecture", nullable = false) String prefecture,
        @Column(name = "customer_city", nullable = false) String city,
        @Column(name = "customer_address1", nullable = false) String address1,
        @Column(name = "customer_address2") @Nullable String address2) {

    /** The customer's own address as a delivery address (when no other was given). */
    public DeliveryAddress asDeliveryAddress() {
        return new DeliveryAddress(name, kana, phone, company, postalCode, prefecture, city, address1, address2);
    }
}
