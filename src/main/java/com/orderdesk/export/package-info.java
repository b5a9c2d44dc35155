/**
 * 受注CSV: the order export operators take to spreadsheets and other tools — orders matching an
 * order-search filter, one row per order line with the order's payment and shipment columns under
 * Japanese headers — made by a background job with progress and a download. Reads the order,
 * payment and shipping modules through their APIs; nothing depends on it.
 */
@NullMarked
@ApplicationModule(displayName = "Order export", allowedDependencies = {"order", "payment", "shipping", "shared"})
package com.orderdesk.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
