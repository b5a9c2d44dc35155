package com.orderdesk.payment;

import com.orderdesk.shared.StateConflict;

/**
 * An operator asked for something the payment's state or its provider does not allow (409); the
 * detail says why ("cancel is only possible while AUTHORIZED", "capture window of 60 days has passed").
 */
public class PaymentActionNotAllowed extends StateConflict {

    public PaymentActionNotAllowed(PaymentAction action, String reason) {
        super("payment-action-not-allowed", "Payment action not allowed", reason);
        with("action", action.slug());
    }
}
