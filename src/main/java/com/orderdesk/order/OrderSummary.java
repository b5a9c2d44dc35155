package com.orderdesk.order;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the order list; {@code paymentStatusWord} is the provider's word for the payment's
 * state (仮売上, 未入金 …) shown beside the unified {@code paymentStatus}.
 */
public record OrderSummary(String number, Instant placedAt, OrderStatus status, OrderChannel channel,
        String customerName, String customerEmail, long total, @Nullable String deliveryMethodCode,
        @Nullable String paymentMethodCode, @Nullable String paymentStatus, @Nullable String paymentStatusWord) {

    OrderSummary withPaymentStatusWord(@Nullable String word) {
        return new OrderSummary(number, placedAt, status, channel, customerName, customerEmail, total,
                deliveryMethodCode, paymentMethodCode, paymentStatus, word);
    }
}
