package com.orderdesk.payment.kakebarai;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the kakebarai client ({@code orderdesk.payment.kakebarai.*}); credentials,
 * environment and options are provider settings managed at runtime.
 *
 * @param connectTimeout a connect failure within it means nothing was sent
 * @param readTimeout past it the outcome of a call is unknown
 * @param simulatorEnabled serve the built-in simulator under {@code /api/sandbox/kuroneko-kakebarai}
 */
@ConfigurationProperties("orderdesk.payment.kakebarai")
record KakebaraiProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("true") boolean simulatorEnabled) {
}
