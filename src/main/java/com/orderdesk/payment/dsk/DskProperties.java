package com.orderdesk.payment.dsk;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the DSK client ({@code orderdesk.payment.dsk.*}). The tenant id, password,
 * base URL and notice allowlist are provider settings the operator manages at runtime, not here.
 *
 * @param connectTimeout how long to wait for a connection; a connect failure means nothing was sent
 * @param readTimeout how long to wait for a reply once sent; past it the outcome is unknown
 * @param simulator the built-in DSK simulator (a development tool)
 */
@ConfigurationProperties("orderdesk.payment.dsk")
record DskProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
        @DefaultValue Simulator simulator) {

    /**
     * Bound here so that every {@code orderdesk.payment.dsk.*} key is declared in one place; the
     * simulator in {@code dsk.sandbox} reads them by name, as its package cannot see this record.
     *
     * @param enabled serve the simulator under {@code /api/sandbox/dsk} (default true: a dev tool)
     * @param notifyUrl where the simulator posts its notices; null means this instance's
     *        {@code /webhooks/dsk} on its own port
     * @param senderAddress the fixed loopback address its notices come from (DSK sends from fixed
     *        addresses; a notification allowlist can name this one)
     * @param resendInterval time between tries of an unacknowledged notice (PROPOSED: 10 minutes)
     * @param tries tries of a notice in all (PROPOSED: 5)
     */
    record Simulator(@DefaultValue("true") boolean enabled, @Nullable String notifyUrl,
            @DefaultValue("127.0.0.2") String senderAddress, @DefaultValue("PT10M") Duration resendInterval,
            @DefaultValue("5") int tries) {
    }
}
