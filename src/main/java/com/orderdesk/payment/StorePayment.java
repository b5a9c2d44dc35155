package com.orderdesk.payment;

import com.orderdesk.payment.gateway.NextAction;
import org.jspecify.annotations.Nullable;

/**
 * An order's payment as the storefront sees it: what the shopper must do next, and the payment
 * method's texts for the completion page and the order e-mail. No operations log, no references.
 *
 * @param declineCode the provider's code when the last attempt was declined, so the shop can ask
 *        for another card
 */
public record StorePayment(String orderNumber, String paymentMethodCode, PaymentStatus status, long amount,
        NextAction nextAction, @Nullable String completionText, @Nullable String emailTitle,
        @Nullable String emailText, @Nullable String declineCode, @Nullable String declineMessage) {
}
