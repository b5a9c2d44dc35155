package com.orderdesk.payment.gateway;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Capture, cancel, refund or change the amount of an existing payment.
 *
 * @param payment the payment as the core knows it (provider references included)
 * @param operationId id of this operation in the operations log
 * @param amount the operation's amount in yen: the capture amount, the refund amount, the new total
 *        for an amount change, the payment's amount for a cancel
 * @param settings the shop's provider settings
 * @param invoice the order as it is now, for an amount change (providers that bill the shopper
 *        re-send the lines: Kuroneko atobarai KAAKK0010); null for the other operations
 */
public record GatewayOperationRequest(GatewayPaymentState payment, UUID operationId, long amount,
        ProviderSettings settings, @Nullable GatewayInvoice invoice) {

    /** An operation that needs no invoice. */
    public GatewayOperationRequest(GatewayPaymentState payment, UUID operationId, long amount,
            ProviderSettings settings) {
        this(payment, operationId, amount, settings, null);
    }
}
