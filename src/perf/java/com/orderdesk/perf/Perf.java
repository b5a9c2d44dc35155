package com.orderdesk.perf;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What every simulation reads from system properties (all loopback; see docs/benchmarks.md):
 * {@code perf.baseUrl} (default {@code http://127.0.0.1:18080}), {@code perf.rate} (arrivals per
 * second, open model), {@code perf.duration} (seconds), {@code perf.admin} ({@code user:password}),
 * {@code perf.apiKey} (a store API key for checkout), {@code perf.orders} (how many generated orders
 * exist, numbered {@code OD-000001} up).
 */
final class Perf {

    private Perf() {
    }

    static String baseUrl() {
        String url = System.getProperty("perf.baseUrl", "http://127.0.0.1:18080");
        if (!url.startsWith("http://127.0.0.1") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("perf.baseUrl must be a loopback address, not " + url);
        }
        return url;
    }

    static double rate(double fallback) {
        return Double.parseDouble(System.getProperty("perf.rate", String.valueOf(fallback)));
    }

    static Duration duration(long fallbackSeconds) {
        return Duration.ofSeconds(Long.getLong("perf.duration", fallbackSeconds));
    }

    static long orders() {
        return Long.getLong("perf.orders", 1_000_000L);
    }

    static String property(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    /** Constant arrival rate: users start on schedule whatever the server's answers, so slowness shows as latency. */
    static OpenInjectionStep constantArrivals(double fallbackRate, long fallbackSeconds) {
        return constantUsersPerSec(rate(fallbackRate)).during(duration(fallbackSeconds));
    }

    static HttpProtocolBuilder protocol() {
        // A shared keep-alive pool (perf.connections, default 32, the baseline) as a provider's
        // HTTP client keeps one; arrivals do not wait for a free connection to be scheduled.
        return http.baseUrl(baseUrl()).shareConnections()
                .maxConnectionsPerHost(Integer.getInteger("perf.connections", 32))
                .warmUp(baseUrl() + "/actuator/health");
    }

    static String adminAuthorization() {
        String admin = System.getProperty("perf.admin", "admin:perf-admin-password");
        return "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8));
    }

    static String orderNumber(long n) {
        return String.format("OD-%06d", n);
    }
}
