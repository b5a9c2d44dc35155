package com.orderdesk.subscription;

import java.time.LocalDate;
import java.util.List;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.OrderLine;
import org.jspecify.annotations.Nullable;

/**
 * An edit of a subscription's content; null fields stay as they are. Orders already placed keep
 * what they were placed with: an edit takes effect from the next cycle's order.
 *
 * @param clearEnd removes the end count and end date (the subscription runs until cancelled)
 */
public record SubscriptionChanges(
        @Nullable CustomerDetails customer,
        @Nullable DeliveryAddress delivery,
        @Nullable String deliveryMethodCode,
        @Nullable List<OrderLine> lines,
        @Nullable Long shippingFee,
        @Nullable Long paymentFee,
        @Nullable Integer leadDays,
        @Nullable Integer endAfterDeliveries,
        @Nullable LocalDate endOn,
        boolean clearEnd) {
}
