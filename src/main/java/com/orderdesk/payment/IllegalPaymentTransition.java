package com.orderdesk.payment;

import com.orderdesk.shared.StateConflict;

/** A payment was to move between two unified statuses that are not connected (409). */
public class IllegalPaymentTransition extends StateConflict {

    public IllegalPaymentTransition(PaymentStatus from, PaymentStatus to) {
        super("illegal-payment-transition", "Illegal payment status transition",
                "A payment cannot move from " + from + " to " + to);
        with("from", from.name());
        with("to", to.name());
    }
}
