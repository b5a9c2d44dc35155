package com.orderdesk.shipping.internal;

import java.util.Map;
import java.util.Set;

import com.orderdesk.shipping.Carrier;

/**
 * A delivery method's settings as validated at the API edge. {@code baseFee} is the flat fee, or
 * the fee of prefectures missing from {@code prefectureFees}; an empty {@code paymentMethodCodes}
 * means every payment method may be used with it.
 */
public record DeliveryMethodData(String name, Carrier carrier, FeeType feeType, long baseFee,
        Map<String, Long> prefectureFees, boolean dateWishAllowed, boolean timeSlotWishAllowed,
        Set<String> paymentMethodCodes) {
}
