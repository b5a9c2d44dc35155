package com.orderdesk.payment.gateway.kit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

/** Comparing a secret a caller presents (a shop password in a notice) without leaking it by timing. */
public final class Secrets {

    private Secrets() {
    }

    /** Its time depends only on the length of what was given, never on the expected secret; a missing value never matches. */
    public static boolean matches(@Nullable String given, String expected) {
        byte[] a = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
        return given != null && MessageDigest.isEqual(a, expected.getBytes(StandardCharsets.UTF_8));
    }
}
