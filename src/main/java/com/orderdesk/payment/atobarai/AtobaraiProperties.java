package com.orderdesk.payment.atobarai;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the atobarai client ({@code orderdesk.payment.atobarai.*}). The store code,
 * password, base URL and options are provider settings the operator manages at runtime.
 *
 * @param connectTimeout a connect failure within it means nothing was sent
 * @param readTimeout past it, the outcome is unknown and KAAST0010 tells
 * @param simulator the built-in simulator (a development tool)
 */
@ConfigurationProperties("orderdesk.payment.atobarai")
record AtobaraiProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
        @DefaultValue Simulator simulator) {

    /** @param enabled serve the simulator under {@code /api/sandbox/kuroneko-atobarai} */
    record Simulator(@DefaultValue("true") boolean enabled) {
    }
}
