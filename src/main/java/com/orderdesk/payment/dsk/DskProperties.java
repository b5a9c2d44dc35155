package com.orderdesk.payment.dsk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the DSK client ({@code orderdesk.payment.dsk.*}). The tenant id, password,
 * base URL and notice allowlist are provider settings the operator manages at runtime, not here.
 *
 * <p>The built-in simulator's keys ({@code .simulator.*}) are bound in its own package, by
 * {@code sandbox.DskSimulatorProperties}.
 *
 * @param connectTimeout how long to wait for a connection; a connect failure means nothing was sent
 * @param readTimeout how long to wait for a reply once sent; past it the outcome is unknown
 */
@ConfigurationProperties("orderdesk.payment.dsk")
record DskProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout) {
}
