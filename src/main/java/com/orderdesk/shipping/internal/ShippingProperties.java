package com.orderdesk.shipping.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderdesk.shipping.*}: the shop's lead time and its Yamato B2 Cloud account details.
 *
 * @param leadDays business lead time: an order without a wished date should ship this many days
 *        after the (Japan) date it was placed
 * @param b2 the values B2's import layout needs from the shop's contract
 */
@ConfigurationProperties("orderdesk.shipping")
public record ShippingProperties(int leadDays, B2 b2) {

    public ShippingProperties {
        if (b2 == null) {
            b2 = new B2(null, null, null, null, null, "01", List.of());
        }
    }

    /**
     * The shop's B2 Cloud account (fact sheet No. 20-25, 40, 42) and which payment methods are
     * collected by Yamato on delivery (コレクト, 送り状種類 2).
     */
    public record B2(@Nullable String senderName, @Nullable String senderPhone, @Nullable String senderPostalCode,
            @Nullable String senderAddress, @Nullable String billingCustomerCode, @Nullable String freightNumber,
            @Nullable List<String> collectPaymentMethodCodes) {

        public List<String> collectCodes() {
            return collectPaymentMethodCodes == null ? List.of() : collectPaymentMethodCodes;
        }
    }
}
