package com.orderdesk.payment;

import com.orderdesk.shared.NotFound;

/** The order has no payment (yet), or the payment id is unknown (404). */
public class PaymentNotFound extends NotFound {

    public PaymentNotFound(String identifier) {
        super("Payment of order", identifier);
    }
}
