package com.orderdesk.payment.gateway;

import java.util.Map;

/**
 * Extra flow of adapters whose start can need the shopper's authentication at the provider (3-D
 * Secure 2.0): after the shopper returns, the core calls this with the return parameters to finish
 * the authorization.
 */
public interface AuthenticationCompletion {

    GatewayResult completeAuthentication(GatewayPaymentState payment, Map<String, String> returnParameters,
            ProviderSettings settings);
}
