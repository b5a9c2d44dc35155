package com.orderdesk.payment.internal.methods;

import com.orderdesk.shared.NotFound;

/** No payment method has this code (404). */
public class PaymentMethodNotFound extends NotFound {

    PaymentMethodNotFound(String code) {
        super("Payment method", code);
    }
}
