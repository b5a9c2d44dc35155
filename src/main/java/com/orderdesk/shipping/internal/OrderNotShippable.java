package com.orderdesk.shipping.internal;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.StateConflict;

/** The order's status rules the shipment action out (a CANCELLED or COMPLETED order). */
public class OrderNotShippable extends StateConflict {

    OrderNotShippable(String orderNumber, OrderStatus status, String action) {
        super(status == OrderStatus.CANCELLED ? "order-cancelled" : "order-closed", "Order cannot be shipped",
                "Order " + orderNumber + " is " + status + "; its shipments cannot be " + action);
        with("orderNumber", orderNumber);
        with("orderStatus", status);
    }
}
