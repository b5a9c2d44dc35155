package com.orderdesk.order;

import java.util.UUID;

/**
 * The fact order wants to hear from payment: the order's payment is now in this unified status.
 * Declared here and implemented by payment's status event (the Restbucks technique), so that order
 * can listen without depending on payment. The status word is payment's unified status name.
 */
public interface OrderPaymentProgress {

    UUID orderId();

    String paymentStatus();
}
