package com.orderdesk.shipping.internal;

import com.orderdesk.shared.StateConflict;

/** A delivery method with this code exists already (possibly retired: codes are never reused). */
public class DeliveryMethodCodeTaken extends StateConflict {

    DeliveryMethodCodeTaken(String code) {
        super("delivery-method-code-taken", "Delivery method code already used",
                "A delivery method with code '" + code + "' exists already; change it with PUT instead");
    }
}
