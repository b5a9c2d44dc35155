package com.orderdesk.payment.gateway.kit;

import org.springframework.core.env.Environment;

/**
 * Where the built-in simulators and this app's own webhooks are reached from a simulator: the
 * configured {@code orderdesk.sandbox.base-url}, else this instance on its own port
 * ({@code http://127.0.0.1:<local.server.port>}, else {@code server.port}, else 8080). Never taken
 * from the request (its Host header or forwarded headers): a simulator route is anonymous, and a
 * URL built from the caller's Host would let anyone make the app post provider payloads (with their
 * passes) to a host of their choice and read the answer. Resolved on every call because the
 * embedded server's port is known only once it has started, and is random in tests.
 */
public final class SandboxBase {

    /** The base URL property; blank means this instance on its own port. */
    public static final String BASE_URL = "orderdesk.sandbox.base-url";

    /** Whether the simulators are served at all ({@code true} by default, for the README's quick start). */
    public static final String ENABLED = "orderdesk.sandbox.enabled";

    private SandboxBase() {
    }

    /** The base, without a trailing slash. */
    public static String of(Environment environment) {
        String configured = environment.getProperty(BASE_URL);
        if (configured != null && !configured.isBlank()) {
            String base = configured.strip();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port;
    }

    /** This app's notification route for a provider ({@code <base>/webhooks/<slug>}). */
    public static String webhook(Environment environment, String slug) {
        return of(environment) + "/webhooks/" + slug;
    }

    /** A provider's simulator ({@code <base>/api/sandbox/<slug>}). */
    public static String simulator(Environment environment, String slug) {
        return of(environment) + "/api/sandbox/" + slug;
    }
}
