package com.orderdesk.shipping.internal;

import com.orderdesk.shared.StateConflict;

/** Every line of the order is covered by its shipments already. */
public class AlreadyFullyShipped extends StateConflict {

    AlreadyFullyShipped(String orderNumber) {
        super("already-shipped", "Order already shipped",
                "Every line of order " + orderNumber + " is shipped already; change or delete a shipment instead");
        with("orderNumber", orderNumber);
    }
}
