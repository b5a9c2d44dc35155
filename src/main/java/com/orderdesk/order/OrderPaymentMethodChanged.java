package com.orderdesk.order;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An operator switched the order to another payment method; payment settles the old attempt. */
public record OrderPaymentMethodChanged(UUID orderId, String orderNumber, @Nullable String previousPaymentMethodCode,
        String paymentMethodCode, long total) {
}
