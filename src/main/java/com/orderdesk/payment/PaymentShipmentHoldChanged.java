package com.orderdesk.payment;

import java.time.Instant;
import java.util.UUID;

import com.orderdesk.order.OrderPaymentProgress;
import org.jspecify.annotations.Nullable;

/**
 * The order's current payment was flagged for an operator or its flag was cleared (要確認), or it
 * began or stopped holding the order back from shipping, its status unchanged: a flag says the payment amount and the order total disagree (a payment amount changed
 * alone, an order edit the provider could not follow), or they agree again / an operator cleared
 * the flag. Implements order's {@link OrderPaymentProgress}, so the order's "ready to ship" follows
 * without order knowing payments or providers. Published only for an order's latest payment attempt.
 *
 * @param paymentStatus the payment's unchanged unified status ({@link PaymentStatus} name)
 * @param held whether the order is held back now
 * @param reason the flag's reason while held, null once released
 * @param needsAttention whether the payment is flagged now (false in publications stored before the
 *        field existed, which were all about a hold: a held payment is flagged)
 */
public record PaymentShipmentHoldChanged(UUID paymentId, UUID orderId, String orderNumber, String paymentStatus,
        boolean held, @Nullable String reason, Instant occurredAt, boolean needsAttention)
        implements OrderPaymentProgress {

    @Override
    public boolean paymentSecured() {
        return !held && PaymentStatus.valueOf(paymentStatus).securesShipment();
    }

    @Override
    public boolean paymentNeedsAttention() {
        return needsAttention || held;
    }
}
