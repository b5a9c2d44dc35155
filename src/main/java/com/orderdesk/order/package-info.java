/**
 * The operator's order ledger (受注): orders with their customer, delivery address, lines, fees,
 * adjustment and points; totals and consumption tax computed in one place ({@link com.orderdesk.order.OrderTotals});
 * the status workflow; the change history (変更履歴) that other modules append to; and search.
 * Publishes {@code OrderPlaced}, {@code OrderAmountChanged}, {@code OrderStatusChanged} and
 * {@code OrderCancelled}; never calls payment or shipping, and calls customer only to check that an
 * order's {@code customerId} exists.
 */
@NullMarked
@ApplicationModule(displayName = "Order", allowedDependencies = {"shared", "customer"})
package com.orderdesk.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
