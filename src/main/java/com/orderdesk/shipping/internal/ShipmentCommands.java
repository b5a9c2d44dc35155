package com.orderdesk.shipping.internal;

import java.time.LocalDate;
import java.util.List;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shipping.Carrier;
import org.jspecify.annotations.Nullable;

/** What operators ask of {@link Shipments}, and what they get back. */
public final class ShipmentCommands {

    private ShipmentCommands() {
    }

    /**
     * Register a shipment. {@code lines} null or empty means everything not shipped yet;
     * {@code shippedOn} null means today (Japan); {@code trackingField} names the request field the
     * numbers came from, for error messages.
     */
    public record NewShipment(Carrier carrier, List<String> trackingNumbers, @Nullable LocalDate shippedOn,
            @Nullable List<ShipmentLine> lines, String trackingField, @Nullable Boolean reportToPaymentProvider) {

        public NewShipment(Carrier carrier, List<String> trackingNumbers, @Nullable LocalDate shippedOn,
                @Nullable List<ShipmentLine> lines, String trackingField) {
            this(carrier, trackingNumbers, shippedOn, lines, trackingField, null);
        }
    }

    /** Change a shipment; null parts stay as they are. */
    public record ShipmentEdit(@Nullable Carrier carrier, @Nullable List<String> trackingNumbers,
            @Nullable LocalDate shippedOn, String trackingField) {
    }

    /** The shipment after the command, the order's status, and warnings for the operator. */
    public record ShipmentOutcome(Shipment shipment, OrderStatus orderStatus, boolean orderFullyShipped,
            List<String> warnings) {
    }
}
