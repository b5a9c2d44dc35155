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

    /** The order's payment rules the shipment out (an unpaid convenience-store payment). */
    OrderNotShippable(String orderNumber, String paymentReason) {
        super("payment-not-settled", "Order cannot be shipped before payment",
                "Order " + orderNumber + " cannot be shipped yet: " + paymentReason);
        with("orderNumber", orderNumber);
    }
}
