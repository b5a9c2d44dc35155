package com.orderdesk.payment.gmo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the GMO-PG client ({@code orderdesk.payment.gmo.*}). Shop credentials and
 * the base URL are not here: they are provider settings the operator manages at runtime.
 *
 * <p>The built-in simulator's keys ({@code .simulator.*}) are bound in its own package, by
 * {@code sandbox.GmoSimulatorProperties}.
 *
 * @param connectTimeout how long to wait for a connection; a connect failure means nothing was sent
 * @param readTimeout how long to wait for an answer once sent; past it the outcome is unknown
 */
@ConfigurationProperties("orderdesk.payment.gmo")
record GmoProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
}
