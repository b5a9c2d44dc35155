package com.orderdesk.shipping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An operator changed a registered shipment: its carrier, tracking numbers or shipped date. The
 * previous carrier and numbers come along so that a provider holding the old number can be updated.
 */
public record ShipmentChanged(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn, Carrier previousCarrier,
        List<String> previousTrackingNumbers, @Nullable Boolean reportToPaymentProvider) {

    public ShipmentChanged(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
            List<String> trackingNumbers, LocalDate shippedOn, Carrier previousCarrier,
            List<String> previousTrackingNumbers) {
        this(shipmentId, orderId, orderNumber, carrier, trackingNumbers, shippedOn, previousCarrier,
                previousTrackingNumbers, null);
    }
}
