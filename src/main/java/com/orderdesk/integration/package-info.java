/**
 * What integrators get besides placing orders: reading their store's orders back with payment and
 * shipments, syncing what changed since they last looked (a cursor over a change feed), and events
 * out: versioned integration events externalized to RabbitMQ (off unless configured) and signed
 * outgoing webhooks (Standard Webhooks) with retries and a delivery log. Listens to the order,
 * payment and shipping modules' events and reads through their APIs; nothing depends on it.
 */
@NullMarked
@ApplicationModule(displayName = "Integration",
        allowedDependencies = {"order", "payment", "payment :: next-action", "payment :: secret-cipher", "shipping", "shared"})
package com.orderdesk.integration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
