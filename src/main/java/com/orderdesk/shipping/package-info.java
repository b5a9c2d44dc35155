/**
 * Delivery methods, shipments with tracking numbers and the Yamato B2 CSV exchange. Publishes
 * shipment events that capture-on-shipment payment providers react to.
 */
@NullMarked
@ApplicationModule(displayName = "Shipping", allowedDependencies = {"order", "shared"})
package com.orderdesk.shipping;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
