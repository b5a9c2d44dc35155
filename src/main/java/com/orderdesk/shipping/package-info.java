/**
 * Delivery methods (配送方法), shipments with tracking numbers (送り状番号) and the Yamato B2 Cloud CSV
 * exchange. Publishes {@code ShipmentRegistered}, {@code ShipmentChanged} and {@code ShipmentDeleted}
 * for capture-on-shipment payment providers, and declares {@code TrackingChangeAdvisor} for payment
 * to warn about tracking changes after capture and {@code ShipmentAmendmentGuard} for payment to
 * refuse a change or deletion its provider cannot follow. Listens to order events to keep its own shipping
 * schedule, checks orders through {@code OrderCheck}, moves them through {@code OrderManagement};
 * it never reads order tables and never calls payment.
 */
@NullMarked
@ApplicationModule(displayName = "Shipping", allowedDependencies = {"order", "shared"})
package com.orderdesk.shipping;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
