package com.orderdesk.payment.dsk.sandbox;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.payment.dsk.simulator.*}: the built-in DSK simulator (a development tool).
 *
 * @param enabled serve the simulator under {@code /api/sandbox/dsk} (default true; read before this
 *        record exists, by the simulator's {@code @ConditionalOnProperty})
 * @param notifyUrl where the simulator posts its notices; blank means this instance's
 *        {@code /webhooks/dsk} on its own port
 * @param senderAddress the fixed loopback address its notices come from (DSK sends from fixed
 *        addresses; a notification allowlist can name this one)
 * @param resendInterval time between tries of an unacknowledged notice (PROPOSED: 10 minutes)
 * @param tries tries of a notice in all (PROPOSED: 5)
 */
@ConfigurationProperties("orderdesk.payment.dsk.simulator")
record DskSimulatorProperties(@DefaultValue("true") boolean enabled, @Nullable String notifyUrl,
        @DefaultValue("127.0.0.2") String senderAddress, @DefaultValue("PT10M") Duration resendInterval,
        @DefaultValue("5") int tries) {
}
