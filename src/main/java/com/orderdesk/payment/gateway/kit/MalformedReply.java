package com.orderdesk.payment.gateway.kit;

/**
 * A body that is not in the provider's format (an HTML error page from a proxy, a truncated
 * answer). The {@link ProviderHttpClient} turns it into {@link ProviderTransportFailure}: with an
 * HTTP 4xx the provider did nothing, otherwise the outcome is unknown. Adapters may subclass it for
 * their own wire errors.
 */
public class MalformedReply extends RuntimeException {

    public MalformedReply(String message) {
        super(message);
    }
}
