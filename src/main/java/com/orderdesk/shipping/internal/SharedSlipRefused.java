package com.orderdesk.shipping.internal;

import java.util.List;

import com.orderdesk.shared.StateConflict;

/** A slip may not cover one more order (同梱): another address, another carrier, or a payment provider's limit. */
public class SharedSlipRefused extends StateConflict {

    SharedSlipRefused(String trackingNumber, String orderNumber, List<String> orderNumbers, String reason) {
        super("shared-slip-refused", "The slip cannot cover this order too",
                "Tracking number " + trackingNumber + " cannot also cover order " + orderNumber + " (orders on the slip: "
                        + String.join(", ", orderNumbers) + "): " + reason);
        with("trackingNumber", trackingNumber);
        with("orderNumber", orderNumber);
        with("orderNumbers", orderNumbers);
        with("reason", reason);
    }
}
