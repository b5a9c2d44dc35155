package com.orderdesk.payment;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;

/** A subscription (定期購入) or its order names a payment method whose provider refuses subscription orders (422). */
public class PaymentMethodNotForSubscriptions extends UnprocessableRequest {

    public PaymentMethodNotForSubscriptions(String code, String reason) {
        super("payment-method-not-for-subscriptions", "Payment method '" + code + "' cannot pay subscription orders: "
                + reason, List.of(new FieldError("paymentMethodCode", reason)));
    }
}
