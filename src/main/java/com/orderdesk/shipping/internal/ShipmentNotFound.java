package com.orderdesk.shipping.internal;

import com.orderdesk.shared.NotFound;

/** The order has no shipment with this id. */
public class ShipmentNotFound extends NotFound {

    ShipmentNotFound(String orderNumber, Object shipmentId) {
        super("Shipment", shipmentId + " of order " + orderNumber);
    }
}
