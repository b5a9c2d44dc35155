package com.orderdesk.order;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A partial edit (受注編集): every non-null part replaces the order's current one wholesale (the
 * lines as a list, the customer and delivery address as objects). {@code clearDeliveryWish}
 * removes a wished date and time slot. {@code buyerChangeConfirmed} is the operator's confirmation
 * that the buyer's details change although the payment stays bound to the buyer who authorized it
 * ({@link OrderPaymentGuard#buyerChangeCaution}).
 */
public record OrderChanges(
        @Nullable CustomerDetails customer,
        @Nullable DeliveryAddress delivery,
        @Nullable String deliveryMethodCode,
        @Nullable String paymentMethodCode,
        @Nullable LocalDate deliveryDate,
        @Nullable String deliveryTimeSlot,
        boolean clearDeliveryWish,
        @Nullable List<OrderLine> lines,
        @Nullable Long shippingFee,
        @Nullable Long paymentFee,
        @Nullable PriceAdjustment adjustment,
        @Nullable Long usedPoints,
        @Nullable String customerNote,
        boolean buyerChangeConfirmed) {

    boolean touchesAmounts() {
        return lines != null || shippingFee != null || paymentFee != null || adjustment != null || usedPoints != null;
    }
}
