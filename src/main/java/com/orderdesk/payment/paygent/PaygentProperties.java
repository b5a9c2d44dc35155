package com.orderdesk.payment.paygent;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transport settings of the Paygent client ({@code orderdesk.payment.paygent.*}). Credentials, the
 * module endpoint (base URL) and the Paidy public key are provider settings the operator manages at
 * runtime, not here.
 *
 * @param connectTimeout a connect failure means nothing was sent
 * @param readTimeout past it the outcome is unknown and settled by the status query (094)
 * @param simulator the built-in Paygent / Paidy simulator (a development tool)
 */
@ConfigurationProperties("orderdesk.payment.paygent")
record PaygentProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
        @DefaultValue Simulator simulator) {

    /**
     * Read by name in {@code paygent.sandbox}, which cannot see this record.
     *
     * @param enabled serve the simulator under {@code /api/sandbox/paygent-paidy}
     * @param notifyUrl where it posts notices; null means this instance's {@code /webhooks/paygent-paidy}
     * @param resendInterval how soon an unanswered (not {@code result=0}) notice is sent again
     */
    record Simulator(@DefaultValue("true") boolean enabled, @Nullable String notifyUrl,
            @DefaultValue("30s") Duration resendInterval) {
    }
}
