package com.orderdesk.payment.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts refused webhook requests per source address with a resilience4j rate limiter each (kept in
 * a size-bounded Caffeine cache, so a flood of spoofed-looking sources cannot grow it without end).
 * A source that used up its refusals is answered 429 until the window refills, before its body is
 * read, and nothing more of it is stored. Per instance: N instances allow N times the rate, which
 * still bounds what reaches the database.
 */
@Component
@EnableConfigurationProperties(NotificationLimits.class)
class RejectionThrottle {

    private final Cache<String, RateLimiter> limiters;
    private final RateLimiterConfig config;
    private final Duration window;

    RejectionThrottle(NotificationLimits limits) {
        this.window = limits.window();
        this.config = RateLimiterConfig.custom().limitForPeriod(limits.rejectionsPerWindow())
                .limitRefreshPeriod(limits.window()).timeoutDuration(Duration.ZERO).build();
        this.limiters = Caffeine.newBuilder().maximumSize(limits.trackedSources())
                .expireAfterAccess(limits.window().multipliedBy(2)).build();
    }

    /** @throws TooManyRejectedNotices when the source has no refusal left in this window */
    void refuseIfExhausted(String source) {
        RateLimiter limiter = limiters.getIfPresent(source);
        if (limiter != null && limiter.getMetrics().getAvailablePermissions() <= 0) {
            throw new TooManyRejectedNotices(source, window);
        }
    }

    /** Counts one refusal; false when the source is over its limit (the refusal is then not stored). */
    boolean refused(String source) {
        return limiters.get(source, key -> RateLimiter.of("webhook-rejections-" + key, config)).acquirePermission();
    }
}
