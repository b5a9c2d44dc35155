package com.orderdesk.access.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for the user name or from the address: refused unchecked (429 on the API). */
final class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins for this user or from this address; try again in " + retryAfter.toMinutes()
                + " minutes");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
