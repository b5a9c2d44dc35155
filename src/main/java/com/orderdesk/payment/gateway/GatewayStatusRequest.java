package com.orderdesk.payment.gateway;

/** Ask the provider for a payment's current state. */
public record GatewayStatusRequest(GatewayPaymentState payment, ProviderSettings settings) {
}
