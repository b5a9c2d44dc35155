package com.orderdesk.shipping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change or deletion of a registered shipment, as shown to {@link ShipmentAmendmentGuard}s before
 * it is committed. For a deletion the new values are the shipment's current ones.
 */
public record ShipmentAmendment(Kind kind, UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn) {

    public enum Kind {
        CHANGE,
        DELETE
    }

    public ShipmentAmendment {
        trackingNumbers = List.copyOf(trackingNumbers);
    }
}
