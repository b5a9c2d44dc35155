package com.orderdesk.payment.gateway;

import java.util.UUID;

/**
 * Capture, cancel, refund or change the amount of an existing payment.
 *
 * @param payment the payment as the core knows it (provider references included)
 * @param operationId id of this operation in the operations log
 * @param amount the operation's amount in yen: the capture amount, the refund amount, the new total
 *        for an amount change, the payment's amount for a cancel
 * @param settings the shop's provider settings
 */
public record GatewayOperationRequest(GatewayPaymentState payment, UUID operationId, long amount,
        ProviderSettings settings) {
}
