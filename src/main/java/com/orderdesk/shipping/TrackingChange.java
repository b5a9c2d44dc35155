package com.orderdesk.shipping;

import java.util.List;
import java.util.UUID;

/** A change of a shipment's carrier or tracking numbers, as shown to {@link TrackingChangeAdvisor}s. */
public record TrackingChange(UUID orderId, String orderNumber, Carrier previousCarrier,
        List<String> previousTrackingNumbers, Carrier carrier, List<String> trackingNumbers) {
}
