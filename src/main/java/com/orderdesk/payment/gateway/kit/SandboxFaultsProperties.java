package com.orderdesk.payment.gateway.kit;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.sandbox.faults.<provider slug>.*}: how a built-in simulator misbehaves, so bulk
 * capture and provider faults can be measured without a provider (e.g.
 * {@code orderdesk.sandbox.faults.gmo-pg.latency=200ms}). Unset, a simulator answers at once and never
 * fails. Under {@code faults} because {@code orderdesk.sandbox} also holds the sandbox's own switches
 * ({@code enabled}, {@code base-url}; {@link SandboxBase}), which are no provider slugs.
 *
 * @param faults the faults per provider slug ({@code gmo-pg}, {@code dsk}, …)
 */
@ConfigurationProperties("orderdesk.sandbox")
public record SandboxFaultsProperties(@Nullable Map<String, Faults> faults) {

    public SandboxFaultsProperties {
        faults = faults == null ? Map.of() : Map.copyOf(faults);
    }

    public Faults of(String slug) {
        Faults found = faults.get(slug);
        return found == null ? Faults.NONE : found;
    }

    /**
     * @param latency added before the simulator handles a call (the provider's answer time)
     * @param errorRate share of calls, 0 to 1, answered HTTP 500 without the simulator seeing them
     * @param rateLimit calls admitted per {@code rateLimitPeriod}; beyond, HTTP 429 with Retry-After; 0 for no limit
     * @param rateLimitPeriod the window of {@code rateLimit}
     */
    public record Faults(@DefaultValue("0ms") Duration latency, @DefaultValue("0") double errorRate,
            @DefaultValue("0") int rateLimit, @DefaultValue("1s") Duration rateLimitPeriod) {

        public static final Faults NONE = new Faults(Duration.ZERO, 0, 0, Duration.ofSeconds(1));

        public Faults {
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative, not " + latency);
            }
            if (!(errorRate >= 0 && errorRate <= 1)) {
                throw new IllegalArgumentException("error-rate must be between 0 and 1, not " + errorRate);
            }
            if (rateLimit < 0) {
                throw new IllegalArgumentException("rate-limit must be 0 (none) or more, not " + rateLimit);
            }
            if (rateLimitPeriod.isNegative() || rateLimitPeriod.isZero()) {
                throw new IllegalArgumentException("rate-limit-period must be positive, not " + rateLimitPeriod);
            }
        }

        boolean none() {
            return latency.isZero() && errorRate == 0 && rateLimit == 0;
        }
    }
}
