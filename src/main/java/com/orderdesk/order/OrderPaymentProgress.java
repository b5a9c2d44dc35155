package com.orderdesk.order;

import java.time.Instant;
import java.util.UUID;

/**
 * The fact order wants to hear from payment: the order's payment is now in this unified status.
 * Declared here and implemented by payment's status event (the Restbucks technique), so that order
 * can listen without depending on payment. The status word is payment's unified status name.
 */
public interface OrderPaymentProgress {

    UUID orderId();

    String paymentStatus();

    /**
     * Whether the money is secured as far as shipping is concerned (authorized, captured or paid
     * at the store): payment decides, so that order's "ready to ship" filter knows no provider.
     */
    boolean paymentSecured();

    /**
     * Whether the payment is flagged for an operator (要確認): the order list's {@code needsAttention}
     * filter. Payment decides; the flag is resolved where payments are handled.
     */
    boolean paymentNeedsAttention();

    /** When the payment reached this status; an older report never overwrites a newer one. */
    Instant occurredAt();
}
