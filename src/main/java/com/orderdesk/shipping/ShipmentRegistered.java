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
 * (the provider's default then applies).
 */
public record ShipmentRegistered(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
        List<String> trackingNumbers, LocalDate shippedOn, boolean orderFullyShipped,
        @Nullable Boolean reportToPaymentProvider) {

    public ShipmentRegistered(UUID shipmentId, UUID orderId, String orderNumber, Carrier carrier,
            List<String> trackingNumbers, LocalDate shippedOn, boolean orderFullyShipped) {
        this(shipmentId, orderId, orderNumber, carrier, trackingNumbers, shippedOn, orderFullyShipped, null);
    }
}
