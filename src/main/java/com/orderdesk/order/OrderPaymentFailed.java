package com.orderdesk.order;

import java.util.UUID;

/**
 * The fact order wants to hear when an order's payment failed after the order was placed (a review
 * timed out, a credit approval was withdrawn). Declared here and implemented by payment's event, so
 * order listens without depending on payment. Whether the order is to be cancelled is the payment
 * provider's rule, decided by payment.
 */
public interface OrderPaymentFailed {

    UUID orderId();

    String orderNumber();

    /** Why, in words for the operator and the history. */
    String reason();

    /** Whether the order is to be cancelled (otherwise it stays for the shop to settle with the shopper). */
    boolean cancelOrder();
}
