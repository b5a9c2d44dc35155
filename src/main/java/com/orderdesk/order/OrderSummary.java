package com.orderdesk.order;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the order list. */
public record OrderSummary(String number, Instant placedAt, OrderStatus status, OrderChannel channel,
        String customerName, String customerEmail, long total, @Nullable String deliveryMethodCode,
        @Nullable String paymentMethodCode, @Nullable String paymentStatus) {
}
