/**
 * Customer mail (メール通知): versioned templates per event and language, rendered against an order
 * with its payment and shipment, queued in a durable outbox from the other modules' events
 * ({@code OrderPlaced}, {@code OrderCancelled}, {@code PaymentStatusChanged},
 * {@code ShipmentRegistered}) or by operators (one order, selected orders, resend), and sent over
 * SMTP by a worker that two instances can run side by side. Every outcome is written to the order's
 * change history. Depends only on the other modules' APIs; nothing depends on it.
 */
@NullMarked
@ApplicationModule(displayName = "Mail", allowedDependencies = {"order", "payment", "shipping", "shared"})
package com.orderdesk.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
