package com.orderdesk.subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.CustomerDetails;
import com.orderdesk.order.DeliveryAddress;
import com.orderdesk.order.OrderLine;
import org.jspecify.annotations.Nullable;

/**
 * What every order of a subscription is made of, and how long it runs: the registered customer and
 * the orderer details copied onto each order, where and how it is delivered, the lines with their
 * prices and tax categories, fees, how many days before a delivery its order is placed, and an
 * optional end (after so many deliveries, or no delivery after a date).
 */
public record SubscriptionContent(
        UUID customerId,
        CustomerDetails customer,
        @Nullable DeliveryAddress delivery,
        @Nullable String deliveryMethodCode,
        List<OrderLine> lines,
        long shippingFee,
        long paymentFee,
        int leadDays,
        @Nullable Integer endAfterDeliveries,
        @Nullable LocalDate endOn) {
}
