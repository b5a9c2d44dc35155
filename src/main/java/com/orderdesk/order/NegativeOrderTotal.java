package com.orderdesk.order;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.UnprocessableRequest;

/** Fees, adjustment and points would make the order total negative. */
public class NegativeOrderTotal extends UnprocessableRequest {

    NegativeOrderTotal(long total) {
        super("negative-total", "The order total would be " + total + " yen; it may not be below zero",
                List.of(new FieldError("usedPoints", "with the adjustment, exceeds the order amount")));
    }
}
