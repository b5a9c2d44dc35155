package com.orderdesk.shipping.internal;

import java.util.List;

import com.orderdesk.shared.StateConflict;
import com.orderdesk.shipping.ShipmentAmendment;

/** A module above shipping (payment) refused a shipment's change or deletion; the detail says why (409). */
public class ShipmentAmendmentRefused extends StateConflict {

    ShipmentAmendmentRefused(ShipmentAmendment amendment, List<String> currentNumbers, String reason) {
        super("shipment-amendment-refused", "The shipment cannot be "
                + (amendment.kind() == ShipmentAmendment.Kind.DELETE ? "deleted" : "changed"),
                "Shipment " + String.join(", ", currentNumbers) + " of order " + amendment.orderNumber()
                        + " cannot be " + (amendment.kind() == ShipmentAmendment.Kind.DELETE ? "deleted" : "changed")
                        + ": " + reason);
        with("reason", reason);
    }
}
