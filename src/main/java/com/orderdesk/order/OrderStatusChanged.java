package com.orderdesk.order;

import java.util.UUID;

/** The order's 対応状況 moved from one status to another. */
public record OrderStatusChanged(UUID orderId, String orderNumber, OrderStatus from, OrderStatus to) {
}
