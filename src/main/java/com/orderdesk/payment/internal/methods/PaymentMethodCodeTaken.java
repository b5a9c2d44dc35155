package com.orderdesk.payment.internal.methods;

import com.orderdesk.shared.StateConflict;

/** A payment method with this code exists already (409); codes are never reused. */
public class PaymentMethodCodeTaken extends StateConflict {

    PaymentMethodCodeTaken(String code) {
        super("payment-method-code-taken", "Payment method code taken",
                "A payment method with code '" + code + "' exists already (disabled methods keep their code)");
    }
}
