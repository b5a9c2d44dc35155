package com.orderdesk.shipping.internal;

import com.orderdesk.shared.NotFound;

/** No delivery method has the given code. */
public class DeliveryMethodNotFound extends NotFound {

    DeliveryMethodNotFound(String code) {
        super("Delivery method", code);
    }
}
