package com.orderdesk.shipping.internal;

import com.orderdesk.shared.StateConflict;

/** A tracking number is already registered on a shipment (of this or another order). */
public class TrackingNumberInUse extends StateConflict {

    TrackingNumberInUse(String trackingNumber, String orderNumber) {
        super("tracking-number-in-use", "Tracking number already used",
                "Tracking number " + trackingNumber + " is already registered on order " + orderNumber);
        with("trackingNumber", trackingNumber);
        with("orderNumber", orderNumber);
    }

    TrackingNumberInUse(String trackingNumber) {
        super("tracking-number-in-use", "Tracking number already used",
                "Tracking number " + trackingNumber + " was registered by someone else at the same moment");
        with("trackingNumber", trackingNumber);
    }
}
