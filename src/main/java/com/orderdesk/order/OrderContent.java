package com.orderdesk.order;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Everything an operator or a storefront states about an order when placing it; validated at the
 * API edge, turned into an {@link Order} by {@link OrderManagement#place}.
 */
public record OrderContent(
        @Nullable UUID customerId,
        CustomerDetails customer,
        @Nullable DeliveryAddress delivery,
        @Nullable String deliveryMethodCode,
        @Nullable String paymentMethodCode,
        @Nullable LocalDate deliveryDate,
        @Nullable String deliveryTimeSlot,
        List<OrderLine> lines,
        long shippingFee,
        long paymentFee,
        PriceAdjustment adjustment,
        long usedPoints,
        @Nullable String customerNote) {
}
