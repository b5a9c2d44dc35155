package com.orderdesk.shipping;

import java.util.Set;

/**
 * A delivery method as other modules see it (payment lists the payment methods a storefront may
 * offer with it). An empty {@code paymentMethodCodes} allows every payment method.
 */
public record DeliveryMethodInfo(String code, String name, Carrier carrier, boolean active, boolean dateWishAllowed,
        boolean timeSlotWishAllowed, Set<String> paymentMethodCodes) {

    public boolean allowsPaymentMethod(String paymentMethodCode) {
        return paymentMethodCodes.isEmpty() || paymentMethodCodes.contains(paymentMethodCode);
    }
}
