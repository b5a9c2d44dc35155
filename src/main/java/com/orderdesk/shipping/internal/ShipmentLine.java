package com.orderdesk.shipping.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How many pieces of one order line (1-based, as listed on the order) a shipment carries. */
@Embeddable
public record ShipmentLine(@Column(name = "line_no") int lineNo, @Column(name = "quantity") int quantity) {
}
