package com.orderdesk.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting right now, as written into change histories: the operator's user name, the API
 * key's label for integrators ({@code api-key:<name>}), or {@code system} for jobs and event
 * listeners that run without a caller.
 */
public final class CurrentActor {

    public static final String SYSTEM = "system";

    private CurrentActor() {
    }

    /** Never null. */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }
}
