package com.orderdesk.order;

import com.orderdesk.shared.StateConflict;

/** The order cannot move to the status because its payment cannot follow (409), with what to do instead. */
public class PaymentCannotFollow extends StateConflict {

    PaymentCannotFollow(String number, OrderStatus target, String reason) {
        super("payment-cannot-follow", "The payment cannot follow this status change",
                "Order " + number + " cannot become " + target + ": " + reason);
        with("status", target);
    }
}
