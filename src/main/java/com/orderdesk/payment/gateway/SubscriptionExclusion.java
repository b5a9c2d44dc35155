package com.orderdesk.payment.gateway;

/**
 * Optional feature of an adapter whose provider does not take subscription (定期購入) orders
 * ({@link GatewayCapabilities#subscriptions()} false): the reason its manual gives, which the core
 * hands to the operator or integrator who tried (for example 「定期購入カートは非対応」). Without it
 * the core says only that the provider does not take them.
 */
public interface SubscriptionExclusion {

    /** The manual's words for why subscription orders are refused, with where they are written. */
    String subscriptionExclusionReason();
}
