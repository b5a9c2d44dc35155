package com.orderdesk.payment.gateway;

import org.jspecify.annotations.Nullable;

/** The shopper as providers need them (credit checks, slips, SMS). */
public record GatewayCustomer(
        String name,
        @Nullable String kana,
        String email,
        String phone,
        @Nullable String mobilePhone,
        @Nullable String company,
        String postalCode,
        String prefecture,
        String city,
        String address1,
        @Nullable String address2,
        @Nullable String providerCustomerId) {
}
