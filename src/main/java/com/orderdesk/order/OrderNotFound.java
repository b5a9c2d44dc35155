package com.orderdesk.order;

import com.orderdesk.shared.NotFound;

/** No order has the given number. */
public class OrderNotFound extends NotFound {

    public OrderNotFound(String number) {
        super("Order", number);
    }
}
