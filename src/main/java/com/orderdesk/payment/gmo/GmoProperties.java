package com.orderdesk.payment.gmo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the GMO-PG client ({@code orderdesk.payment.gmo.*}). Shop credentials and
 * the base URL are not here: they are provider settings the operator manages at runtime.
 *
 * @param connectTimeout how long to wait for a connection; a connect failure means nothing was sent
 * @param readTimeout how long to wait for an answer once sent; past it the outcome is unknown
 * @param simulator the built-in GMO-PG simulator (a development tool)
 */
@ConfigurationProperties("orderdesk.payment.gmo")
record GmoProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
        @DefaultValue Simulator simulator) {

    /**
     * Declared here so every {@code orderdesk.payment.gmo.*} key is in one place; the simulator in
     * {@code gmo.sandbox} reads them by name.
     *
     * @param enabled serve the simulator under {@code /api/sandbox/gmo-pg} (default true: a dev tool)
     * @param resendInterval time between tries of an unacknowledged result notification
     * @param tries tries of a result notification in all
     */
    record Simulator(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration resendInterval,
            @DefaultValue("5") int tries) {
    }
}
