package com.orderdesk.access.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * One resilience4j rate limiter per key (a user name, an address, an API key id), kept in a
 * size-bounded Caffeine cache so that many distinct keys cannot grow memory without end. Per
 * instance: N instances allow N times the rate.
 */
final class Limiters {

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;
    private final Duration window;

    Limiters(String name, int permitsPerWindow, Duration window) {
        this.name = name;
        this.window = window;
        this.config = RateLimiterConfig.custom().limitForPeriod(permitsPerWindow).limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO).build();
        this.limiters = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window.multipliedBy(2)).build();
    }

    /** Whether the key has used up its permits (without using one). */
    boolean exhausted(String key) {
        RateLimiter limiter = limiters.getIfPresent(key);
        return limiter != null && limiter.getMetrics().getAvailablePermissions() <= 0;
    }

    /** Uses a permit; false when none is left. */
    boolean acquire(String key) {
        return limiters.get(key, k -> RateLimiter.of(name + "-" + k, config)).acquirePermission();
    }

    Duration window() {
        return window;
    }
}
