package com.orderdesk.shipping.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.Shipment;
import com.orderdesk.shipping.internal.ShipmentCommands.ShipmentOutcome;
import com.orderdesk.shipping.internal.ShipmentLine;
import org.jspecify.annotations.Nullable;

/** A shipment as the admin API shows it, with the order's status and warnings after a command. */
record ShipmentView(UUID id, String orderNumber, Carrier carrier, List<String> trackingNumbers, LocalDate shippedOn,
        List<ShipmentLine> lines, Instant createdAt, @Nullable OrderStatus orderStatus,
        @Nullable Boolean orderFullyShipped, List<String> warnings, long version,
        @Nullable Boolean reportToPaymentProvider) {

    static ShipmentView of(Shipment shipment) {
        return new ShipmentView(shipment.id(), shipment.orderNumber(), shipment.carrier(), shipment.trackingNumbers(),
                shipment.shippedOn(), shipment.lines(), shipment.createdAt(), null, null, List.of(), shipment.version(),
                shipment.reportToPaymentProvider());
    }

    static ShipmentView of(ShipmentOutcome outcome) {
        Shipment shipment = outcome.shipment();
        return new ShipmentView(shipment.id(), shipment.orderNumber(), shipment.carrier(), shipment.trackingNumbers(),
                shipment.shippedOn(), shipment.lines(), shipment.createdAt(), outcome.orderStatus(),
                outcome.orderFullyShipped(), outcome.warnings(), shipment.version(), shipment.reportToPaymentProvider());
    }
}
