package com.orderdesk.shared;

/**
 * The change was made on an older version of a resource than the stored one (412, RFC 9110
 * §13.1.1): the one answer to a stale {@code If-Match} for every versioned resource that needs no
 * exception of its own. Carries {@code currentVersion}, so a client can reload and retry.
 */
public class StaleVersion extends PreconditionFailed {

    public StaleVersion(String resource, String id, long expected, long current) {
        super("stale-version", capitalised(resource) + " was changed meanwhile", capitalised(resource) + " " + id
                + " is at version " + current + ", the change was made on version " + expected
                + "; reload it and apply the change again");
        with("currentVersion", current);
    }

    private static String capitalised(String resource) {
        return resource.isEmpty() ? resource : Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
    }
}
