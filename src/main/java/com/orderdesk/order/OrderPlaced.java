package com.orderdesk.order;

import java.time.Instant;
import java.util.UUID;

/** An order was committed (registered by an operator or placed through the store API). */
public record OrderPlaced(UUID orderId, String orderNumber, OrderChannel channel, long total, Instant placedAt) {
}
