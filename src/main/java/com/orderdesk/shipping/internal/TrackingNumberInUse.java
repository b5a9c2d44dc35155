package com.orderdesk.shipping.internal;

import com.orderdesk.shared.StateConflict;

/** A tracking number is already registered on a shipment (of this or another order). */
public class TrackingNumberInUse extends StateConflict {

    TrackingNumberInUse(String trackingNumber, String orderNumber) {
        this(trackingNumber, orderNumber, false);
    }

    /** @param sharable another order holds it: the operator may mean one parcel for both (同梱) */
    TrackingNumberInUse(String trackingNumber, String orderNumber, boolean sharable) {
        super("tracking-number-in-use", "Tracking number already used",
                "Tracking number " + trackingNumber + " is already registered on order " + orderNumber
                        + (sharable ? "; to ship several orders for the same address in one parcel under one slip"
                                + " (同梱), register it with \"sharedSlip\": true" : ""));
        with("trackingNumber", trackingNumber);
        with("orderNumber", orderNumber);
    }

    TrackingNumberInUse(String trackingNumber) {
        super("tracking-number-in-use", "Tracking number already used",
                "Tracking number " + trackingNumber + " was registered by someone else at the same moment");
        with("trackingNumber", trackingNumber);
    }
}
