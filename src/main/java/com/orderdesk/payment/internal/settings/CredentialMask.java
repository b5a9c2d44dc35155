package com.orderdesk.payment.internal.settings;

/**
 * How a stored credential is shown to operators: bullets, plus at most its last 4 characters and
 * never more than a quarter of it, so a short password shows nothing at all.
 */
final class CredentialMask {

    private static final String BULLETS = "••••";

    private CredentialMask() {
    }

    static String of(String secret) {
        int shown = Math.min(4, secret.length() / 4);
        return BULLETS + secret.substring(secret.length() - shown);
    }
}
