package com.orderdesk.payment.gateway.kit;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import com.orderdesk.payment.gateway.kit.SandboxFaultsProperties.Faults;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The latency, error-rate and rate-limit controls of every built-in simulator, written once: a filter
 * in front of {@code /api/sandbox/<provider slug>/**} that applies {@link SandboxFaultsProperties}
 * for that slug, so no simulator carries its own copy and the kit still knows no provider.
 *
 * <p>Order per call: over the rate limit → 429 with {@code Retry-After} at once (a throttling
 * provider answers fast); otherwise wait the latency; then, at the error rate, 500 with no body
 * before the simulator sees the call (nothing happened at the provider; adapters read a 5xx as
 * "no answer" and leave the outcome UNKNOWN for reconciliation). The answers are plain HTTP: a
 * provider's own busy reply inside its protocol (GMO's {@code E92000001}, recorded in the fact
 * sheet as its rate limit) is the simulator's business and not produced here.
 */
public final class SandboxFaults extends OncePerRequestFilter {

    static final String PREFIX = "/api/sandbox/";

    /** Waits the latency; a seam so tests need no clock. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final SandboxFaultsProperties properties;
    private final Pause pause;
    private final DoubleSupplier random;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    public SandboxFaults(SandboxFaultsProperties properties) {
        this(properties, duration -> Thread.sleep(duration), () -> ThreadLocalRandom.current().nextDouble());
    }

    SandboxFaults(SandboxFaultsProperties properties, Pause pause, DoubleSupplier random) {
        this.properties = properties;
        this.pause = pause;
        this.random = random;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String slug = slug(request);
        return slug == null || properties.of(slug).none();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String slug = Objects.requireNonNull(slug(request));
        Faults faults = properties.of(slug);
        if (faults.rateLimit() > 0 && !limiter(slug, faults).acquirePermission()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, faults.rateLimitPeriod().toSeconds())));
            return;
        }
        if (faults.latency().isPositive()) {
            try {
                pause.sleep(faults.latency());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.setStatus(503);
                return;
            }
        }
        if (faults.errorRate() > 0 && random.getAsDouble() < faults.errorRate()) {
            response.setStatus(500);
            return;
        }
        chain.doFilter(request, response);
    }

    private RateLimiter limiter(String slug, Faults faults) {
        return limiters.computeIfAbsent(slug, name -> RateLimiter.of("sandbox-" + name, RateLimiterConfig.custom()
                .limitForPeriod(faults.rateLimit()).limitRefreshPeriod(faults.rateLimitPeriod())
                .timeoutDuration(Duration.ZERO).build()));
    }

    /** {@code gmo-pg} of {@code /api/sandbox/gmo-pg/payment/EntryTran.idPass}; null elsewhere. */
    private static @Nullable String slug(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        int end = path.indexOf('/', PREFIX.length());
        String slug = end < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), end);
        return slug.isEmpty() ? null : slug;
    }
}
