package com.orderdesk.order;

import java.util.UUID;

/** The order was cancelled (final); payment cancels or refunds, shipping drops pending shipments. */
public record OrderCancelled(UUID orderId, String orderNumber, long total) {
}
