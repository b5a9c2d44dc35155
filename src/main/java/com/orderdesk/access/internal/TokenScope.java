package com.orderdesk.access.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a personal access token may do on the admin API, within its operator's role: read (GET and
 * HEAD) or also change things (every other method). A script that only reports gets a read token,
 * so a leaked copy cannot capture, cancel or refund.
 */
public enum TokenScope {
    ADMIN_READ("admin:read"),
    ADMIN_WRITE("admin:write");

    private final String value;

    TokenScope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<TokenScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }

    public static String allValues() {
        return Arrays.stream(values()).map(TokenScope::value).collect(Collectors.joining(", "));
    }

    /** The scope a request of this HTTP method needs. */
    static TokenScope neededFor(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> ADMIN_READ;
            default -> ADMIN_WRITE;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
