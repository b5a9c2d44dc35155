package com.orderdesk.payment.paygent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the Paygent client ({@code orderdesk.payment.paygent.*}). Credentials, the
 * module endpoint (base URL) and the Paidy public key are provider settings the operator manages at
 * runtime, not here.
 *
 * <p>The built-in simulator's keys ({@code .simulator.*}) are bound in its own package, by
 * {@code sandbox.PaygentSimulatorProperties}.
 *
 * @param connectTimeout a connect failure means nothing was sent
 * @param readTimeout past it the outcome is unknown and settled by the status query (094)
 */
@ConfigurationProperties("orderdesk.payment.paygent")
record PaygentProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {
}
