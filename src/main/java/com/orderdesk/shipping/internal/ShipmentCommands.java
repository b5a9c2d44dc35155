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
     * numbers came from, for error messages; {@code sharedSlip} (同梱) lets a slip already registered
     * on other orders of the same delivery address cover this order too.
     */
    public record NewShipment(Carrier carrier, List<String> trackingNumbers, @Nullable LocalDate shippedOn,
            @Nullable List<ShipmentLine> lines, String trackingField, @Nullable Boolean reportToPaymentProvider,
            boolean sharedSlip) {

        public NewShipment(Carrier carrier, List<String> trackingNumbers, @Nullable LocalDate shippedOn,
                @Nullable List<ShipmentLine> lines, String trackingField, @Nullable Boolean reportToPaymentProvider) {
            this(carrier, trackingNumbers, shippedOn, lines, trackingField, reportToPaymentProvider, false);
        }

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
