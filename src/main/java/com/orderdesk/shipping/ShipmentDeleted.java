package com.orderdesk.shipping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A shipment was removed (registered by mistake); its tracking numbers are free again. */
public record ShipmentDeleted(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn) {
}
