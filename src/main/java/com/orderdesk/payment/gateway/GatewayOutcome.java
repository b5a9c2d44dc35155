package com.orderdesk.payment.gateway;

/** What is known after a provider call (Kill Bill's plugin status, with an explicit UNKNOWN). */
public enum GatewayOutcome {
    /** Done at the provider. */
    SUCCEEDED,
    /** Accepted, waiting for the shopper or a review; a later notification or query finishes it. */
    PENDING,
    /** The provider (or card issuer) refused; nothing happened. */
    DECLINED,
    /** A technical failure where the provider certainly did nothing (bad request, refused connection). */
    FAILED,
    /** Sent, but no usable answer (timeout, reset, 5xx): the provider may or may not have done it. */
    UNKNOWN
}
