package com.orderdesk.shipping.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.ProblemException;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.ShipmentCommands.NewShipment;
import com.orderdesk.shipping.internal.ShipmentCommands.ShipmentOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Marks many orders shipped in one call (一括発送): each order is registered in its own transaction
 * through {@link Shipments#register}, so one refusal never stops or undoes the others.
 */
@Service
public class BulkShipping {

    private final Shipments shipments;

    BulkShipping(Shipments shipments) {
        this.shipments = shipments;
    }

    /** One order to ship completely. */
    public record Item(String orderNumber, Carrier carrier, String trackingNumber, @Nullable LocalDate shippedOn) {
    }

    /** The outcome for one order: its new shipment and status, or why not. */
    public record Result(String orderNumber, boolean succeeded, @Nullable UUID shipmentId,
            @Nullable OrderStatus orderStatus, @Nullable String errorType, @Nullable String error) {
    }

    public List<Result> ship(List<Item> items) {
        List<Result> results = new ArrayList<>();
        for (Item item : items) {
            try {
                ShipmentOutcome outcome = shipments.register(item.orderNumber(), new NewShipment(item.carrier(),
                        List.of(item.trackingNumber()), item.shippedOn(), null, "trackingNumber"));
                results.add(new Result(item.orderNumber(), true, outcome.shipment().id(), outcome.orderStatus(), null, null));
            } catch (ProblemException refused) {
                results.add(new Result(item.orderNumber(), false, null, null, refused.type(), refused.getMessage()));
            } catch (OptimisticLockingFailureException raced) {
                results.add(new Result(item.orderNumber(), false, null, null, "stale-version",
                        "Order " + item.orderNumber() + " was changed by someone else at the same moment; try again"));
            }
        }
        return results;
    }
}
