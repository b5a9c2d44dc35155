package com.orderdesk.payment;

import java.time.Instant;
import java.util.UUID;

import com.orderdesk.order.OrderPaymentProgress;
import org.jspecify.annotations.Nullable;

/**
 * A payment moved to another unified status. Implements order's {@link OrderPaymentProgress} so
 * the order keeps its payment summary current without depending on payment. Flat values only, so
 * stored publications still deserialize after refactors.
 *
 * @param previousStatus the unified status before, null for a payment just created
 * @param paymentStatus the unified status now ({@link PaymentStatus} name)
 */
public record PaymentStatusChanged(UUID paymentId, UUID orderId, String orderNumber, ProviderCode provider,
        @Nullable String previousStatus, String paymentStatus, Instant occurredAt) implements OrderPaymentProgress {

    @Override
    public boolean paymentSecured() {
        return PaymentStatus.valueOf(paymentStatus).securesShipment();
    }
}
