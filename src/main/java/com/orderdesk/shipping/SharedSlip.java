package com.orderdesk.shipping;

import java.util.List;

/**
 * One slip (送り状) about to cover several orders packed in one parcel (同梱), as shown to
 * {@link SharedSlipGuard}s before the shipment is registered.
 *
 * @param orderNumber the order the shipment is being registered for
 * @param orderNumbers every order the slip would cover, this one included, in registration order
 */
public record SharedSlip(String orderNumber, Carrier carrier, List<String> trackingNumbers, List<String> orderNumbers) {

    public SharedSlip {
        trackingNumbers = List.copyOf(trackingNumbers);
        orderNumbers = List.copyOf(orderNumbers);
    }
}
