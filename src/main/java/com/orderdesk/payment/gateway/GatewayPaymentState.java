package com.orderdesk.payment.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/**
 * A payment as the core hands it to an adapter: the amounts it derived from its ledger, and the
 * references the adapter itself returned earlier ({@link GatewayResult#references()}), such as
 * GMO's AccessID/AccessPass or DSK's receipt number.
 */
public record GatewayPaymentState(
        UUID paymentId,
        String orderNumber,
        String providerOrderId,
        PaymentStatus status,
        @Nullable String providerStatus,
        long amount,
        long capturedAmount,
        long refundedAmount,
        @Nullable Instant authorizedAt,
        @Nullable Instant capturedAt,
        Map<String, String> references) {

    public GatewayPaymentState {
        references = Map.copyOf(references);
    }

    public String reference(String key) {
        String value = references.get(key);
        if (value == null) {
            throw new IllegalStateException("Payment " + paymentId + " has no provider reference " + key);
        }
        return value;
    }
}
