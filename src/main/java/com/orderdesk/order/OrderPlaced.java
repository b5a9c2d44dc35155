package com.orderdesk.order;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order was committed (registered by an operator or placed through the store API), with the
 * facts the payment and shipping modules start from.
 */
public record OrderPlaced(UUID orderId, String orderNumber, OrderChannel channel, long total, Instant placedAt,
        @Nullable UUID customerId, @Nullable String deliveryMethodCode, @Nullable String paymentMethodCode) {

    static OrderPlaced of(Order order) {
        return new OrderPlaced(order.id(), order.number(), order.channel(), order.totals().total(), order.placedAt(),
                order.customerId(), order.deliveryMethodCode(), order.paymentMethodCode());
    }
}
