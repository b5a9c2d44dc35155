package com.orderdesk.payment.paygent.sandbox;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.payment.paygent.simulator.*}: the built-in Paygent / Paidy simulator (a
 * development tool).
 *
 * @param enabled serve the simulator under {@code /api/sandbox/paygent-paidy} (default true; read
 *        before this record exists, by the simulator's {@code @ConditionalOnProperty})
 * @param notifyUrl where it posts notices; blank means this instance's {@code /webhooks/paygent-paidy}
 * @param resendInterval how soon an unanswered (not {@code result=0}) notice is sent again
 */
@ConfigurationProperties("orderdesk.payment.paygent.simulator")
record PaygentSimulatorProperties(@DefaultValue("true") boolean enabled, @Nullable String notifyUrl,
        @DefaultValue("30s") Duration resendInterval) {
}
