package com.orderdesk.shipping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A shipment (発送) with its tracking numbers was registered for an order. Capture-on-shipment
 * payment providers (Kuroneko atobarai, kakebarai) report the tracking number to their provider.
 * {@code orderFullyShipped} tells whether every line of the order is now shipped;
 * {@code reportToPaymentProvider} is the operator's 「出荷情報を…に送信する」 choice, null when not given
 * (the provider's default then applies); {@code sharedWithOrders} are the other orders the same slip
 * already covers (同梱, one parcel for several orders of one address), empty for a slip of its own.
 */
public record ShipmentRegistered(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn, boolean orderFullyShipped,
        @Nullable Boolean reportToPaymentProvider, List<String> sharedWithOrders) {

    public ShipmentRegistered {
        trackingNumbers = List.copyOf(trackingNumbers);
        sharedWithOrders = sharedWithOrders == null ? List.of() : List.copyOf(sharedWithOrders);
    }

    public ShipmentRegistered(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
            List<String> trackingNumbers, LocalDate shippedOn, boolean orderFullyShipped,
            @Nullable Boolean reportToPaymentProvider) {
        this(shipmentId, orderId, orderNumber, carrier, trackingNumbers, shippedOn, orderFullyShipped,
                reportToPaymentProvider, List.of());
    }

    public ShipmentRegistered(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
            List<String> trackingNumbers, LocalDate shippedOn, boolean orderFullyShipped) {
        this(shipmentId, orderId, orderNumber, carrier, trackingNumbers, shippedOn, orderFullyShipped, null);
    }

    /** Every order the slip covers, this one first. */
    public List<String> ordersOnSlip() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(orderNumber), sharedWithOrders.stream())
                .toList();
    }
}
