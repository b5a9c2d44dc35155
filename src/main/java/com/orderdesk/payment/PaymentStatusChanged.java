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
 * @param shipmentHeld a flag says the payment amount and the order total disagree, so the order may
 *        not ship whatever the status (false in publications stored before the field existed)
 * @param needsAttention the payment is flagged for an operator (要確認) (false in publications stored
 *        before the field existed)
 */
public record PaymentStatusChanged(UUID paymentId, UUID orderId, String orderNumber, ProviderCode provider,
        @Nullable String previousStatus, String paymentStatus, Instant occurredAt, boolean shipmentHeld,
        boolean needsAttention) implements OrderPaymentProgress {

    @Override
    public boolean paymentSecured() {
        return !shipmentHeld && PaymentStatus.valueOf(paymentStatus).securesShipment();
    }

    @Override
    public boolean paymentNeedsAttention() {
        return needsAttention || shipmentHeld;
    }
}
