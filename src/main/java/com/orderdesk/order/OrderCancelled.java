package com.orderdesk.order;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The order was cancelled (final); payment cancels or refunds, shipping drops pending shipments.
 *
 * @param refundedOutside the operator's account of a refund made outside OrderDesk when they chose to
 *        cancel although the payment could not be cancelled (a paid DSK payment); null otherwise
 */
public record OrderCancelled(UUID orderId, String orderNumber, long total, @Nullable String refundedOutside) {

    public OrderCancelled(UUID orderId, String orderNumber, long total) {
        this(orderId, orderNumber, total, null);
    }
}
