package com.orderdesk.shipping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registered shipment as other modules see it (capture on shipment needs the tracking numbers). */
public record ShipmentInfo(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn) {
}
