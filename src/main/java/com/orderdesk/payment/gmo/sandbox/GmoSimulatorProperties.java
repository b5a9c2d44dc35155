package com.orderdesk.payment.gmo.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.payment.gmo.simulator.*}: the built-in GMO-PG simulator (a development tool).
 *
 * @param enabled serve the simulator under {@code /api/sandbox/gmo-pg} (default true; read before
 *        this record exists, by the simulator's {@code @ConditionalOnProperty})
 * @param resendInterval time between tries of an unacknowledged result notification (GMO's count
 *        and interval are set in its admin and not public; about 5 retries)
 * @param tries tries of a result notification in all
 */
@ConfigurationProperties("orderdesk.payment.gmo.simulator")
record GmoSimulatorProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration resendInterval,
        @DefaultValue("5") int tries) {
}
