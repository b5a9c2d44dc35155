package com.orderdesk.payment;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;

/** A payment was to start with a payment method code the shop does not have (422). */
public class PaymentMethodUnknown extends UnprocessableRequest {

    public PaymentMethodUnknown(String code) {
        super("payment-method-unknown", "There is no payment method '" + code + "'",
                List.of(new FieldError("paymentMethodCode", "is not a payment method of the shop")));
    }
}
