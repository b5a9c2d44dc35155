package com.orderdesk.payment.gateway;

import org.jspecify.annotations.Nullable;

/** Who receives the parcel and where (お届け先), as printed on delivery slips and checked by credit screening. */
public record GatewayRecipient(
        String name,
        @Nullable String kana,
        String phone,
        @Nullable String company,
        String postalCode,
        String prefecture,
        String city,
        String address1,
        @Nullable String address2) {
}
