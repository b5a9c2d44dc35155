package com.orderdesk.payment.internal.methods;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;

/** An order names a payment method that cannot pay it (422); the detail says why. */
class PaymentMethodNotApplicable extends UnprocessableRequest {

    PaymentMethodNotApplicable(String reason) {
        super("payment-method-not-applicable", "The payment method cannot be used for this order: " + reason,
                List.of(new FieldError("paymentMethodCode", reason)));
    }
}
