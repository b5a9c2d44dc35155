package com.orderdesk.shipping.internal;

import com.orderdesk.shared.StateConflict;

/**
 * Every line of the order that ships is covered by its shipments already, or the order holds only
 * digital lines (download or service goods), which need no parcel.
 */
public class AlreadyFullyShipped extends StateConflict {

    AlreadyFullyShipped(String orderNumber) {
        super("already-shipped", "Order already shipped",
                "Every line of order " + orderNumber + " is shipped already; change or delete a shipment instead");
        with("orderNumber", orderNumber);
    }

    private AlreadyFullyShipped(String orderNumber, String type, String title, String detail) {
        super(type, title, detail);
        with("orderNumber", orderNumber);
    }

    /** Nothing of the order ships: every line is digital. */
    static AlreadyFullyShipped nothingShips(String orderNumber) {
        return new AlreadyFullyShipped(orderNumber, "nothing-to-ship", "Order has nothing to ship",
                "Order " + orderNumber + " holds only digital lines (download or service goods), which need no"
                        + " parcel; change its status to SHIPPED instead of registering a shipment");
    }
}
