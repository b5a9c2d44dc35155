package com.orderdesk.payment;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the shopper is told about an order's payment (the mail module renders it into customer
 * mail): the method's name and its mail title and text (支払方法設定), the payment page and its
 * deadline where the provider gives one (the DSK selection URL), and the unified status.
 */
public interface PaymentInstructions {

    /**
     * The instruction for the order's current payment attempt, or, when the order has no attempt
     * yet, for {@code paymentMethodCode} alone (with {@link PaymentInstruction#starting()} true: the
     * payment is about to start). Empty when neither exists. Never null.
     */
    Optional<PaymentInstruction> forOrder(UUID orderId, @Nullable String paymentMethodCode);
}
