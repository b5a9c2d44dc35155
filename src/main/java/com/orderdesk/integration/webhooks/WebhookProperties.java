package com.orderdesk.integration.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing webhooks ({@code orderdesk.integration.webhooks}).
 *
 * @param allowInsecureTargets allow http and loopback or private addresses as targets; for tests
 *        and local development only, never in production
 * @param connectTimeout how long to wait for the endpoint to accept the connection
 * @param timeout how long to wait for its answer; past it the attempt failed
 * @param backoff the wait before each retry; a delivery gets {@code backoff.size() + 1} attempts
 * @param disableAfterFailures failed attempts in a row (over all its deliveries) after which an
 *        endpoint is disabled, with the reason shown
 * @param pollInterval how often due deliveries are sent
 * @param batchSize deliveries claimed per round
 */
@ConfigurationProperties("orderdesk.integration.webhooks")
public record WebhookProperties(boolean allowInsecureTargets, Duration connectTimeout, Duration timeout,
        List<Duration> backoff, int disableAfterFailures, Duration pollInterval, int batchSize) {

    public WebhookProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        backoff = backoff == null || backoff.isEmpty()
                ? List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                        Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12))
                : List.copyOf(backoff);
        disableAfterFailures = disableAfterFailures <= 0 ? 20 : disableAfterFailures;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize <= 0 ? 20 : batchSize;
    }

    int attemptLimit() {
        return backoff.size() + 1;
    }

    /** The wait after the given (1-based) failed attempt. */
    Duration backoffAfter(int attempt) {
        return backoff.get(Math.min(attempt, backoff.size()) - 1);
    }
}
