package com.orderdesk.shipping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A shipment (発送) with its tracking numbers was registered for an order. Capture-on-shipment
 * payment providers (Kuroneko atobarai, kakebarai) report the tracking number to their provider.
 * {@code orderFullyShipped} tells whether every line of the order is now shipped.
 */
public record ShipmentRegistered(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn, boolean orderFullyShipped) {
}
