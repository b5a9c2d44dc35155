package com.orderdesk.order;

import com.orderdesk.shared.StateConflict;

/** The edit is not possible in the order's current status. */
public class OrderClosedForEdit extends StateConflict {

    OrderClosedForEdit(String number, OrderStatus status, String reason) {
        super("order-closed", "Order cannot be edited", "Order " + number + " is " + status + ": " + reason);
        with("status", status);
    }
}
