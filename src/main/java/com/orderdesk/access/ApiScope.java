package com.orderdesk.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an integrator API key may do on the store API, one scope per area and direction, drawn from
 * the store routes: orders (read back, place), payments (payment state and methods, start, 3-D
 * Secure, review, stored cards), customers (records and buyer accounts) and subscriptions. Keys
 * issued before scopes existed hold every scope; a key issued without naming scopes does too.
 */
public enum ApiScope {
    ORDERS_READ("orders:read"),
    ORDERS_WRITE("orders:write"),
    PAYMENTS_READ("payments:read"),
    PAYMENTS_WRITE("payments:write"),
    CUSTOMERS_READ("customers:read"),
    CUSTOMERS_WRITE("customers:write"),
    SUBSCRIPTIONS_READ("subscriptions:read"),
    SUBSCRIPTIONS_WRITE("subscriptions:write");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** As written in requests, responses and the database ({@code orders:read}). */
    @JsonValue
    public String value() {
        return value;
    }

    /** The scope written as {@code value}, empty when there is none. */
    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }

    public static Set<ApiScope> all() {
        return EnumSet.allOf(ApiScope.class);
    }

    /** Every scope's value, comma-separated, for messages that list what is allowed. */
    public static String allValues() {
        return Arrays.stream(values()).map(ApiScope::value).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return value;
    }
}
