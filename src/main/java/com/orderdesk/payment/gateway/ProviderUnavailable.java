package com.orderdesk.payment.gateway;

import java.time.Duration;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.shared.ProblemException;

/**
 * The provider could not be reached and nothing was sent (circuit open, connection refused, rate
 * limit). The API answers 503 with Retry-After; nothing is lost.
 */
public class ProviderUnavailable extends ProblemException {

    private final Duration retryAfter;

    public ProviderUnavailable(ProviderCode provider, String reason, Duration retryAfter) {
        super(503, "provider-unavailable", provider.displayName() + " is unavailable",
                provider.displayName() + " cannot be reached right now (" + reason + "); nothing was changed, try again later");
        this.retryAfter = retryAfter;
        with("provider", provider.slug());
        with("retryAfterSeconds", retryAfter.toSeconds());
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
