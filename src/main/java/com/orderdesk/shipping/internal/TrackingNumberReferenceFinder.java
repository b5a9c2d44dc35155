package com.orderdesk.shipping.internal;

import java.util.Set;
import java.util.UUID;

import com.orderdesk.order.OrderReferenceFinder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets the order list's {@code reference} filter find orders by tracking number (hyphens optional). */
@Component
class TrackingNumberReferenceFinder implements OrderReferenceFinder {

    private final ShipmentRepository shipments;

    TrackingNumberReferenceFinder(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> orderIdsByReference(String reference) {
        String number = TrackingNumbers.normalize(reference);
        return number.isEmpty() ? Set.of() : Set.copyOf(shipments.orderIdsByTrackingNumber(number));
    }
}
