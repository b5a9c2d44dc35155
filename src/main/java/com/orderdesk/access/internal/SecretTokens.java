package com.orderdesk.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The form shared by API keys and personal access tokens: {@code <kind>_<prefix>_<secret>} with a
 * public 10-hex-digit prefix that finds the row and 256 random bits of secret. Only the SHA-256 of
 * the whole value is kept; with that much entropy a fast hash is safe (no password stretching), so
 * checking a presented value costs one lookup and one hash, compared in constant time.
 */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new value: {@code plain} is shown once, {@code hash} is what is stored. */
    record Minted(String prefix, String plain, String hash) {
    }

    private SecretTokens() {
    }

    static Minted mint(String kind) {
        String prefix = HexFormat.of().formatHex(randomBytes(5));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        String plain = kind + prefix + "_" + secret;
        return new Minted(prefix, plain, sha256(plain));
    }

    /** The prefix of a presented value of this kind, empty when it is not of this form. */
    static Optional<String> prefix(String kind, String presented) {
        if (!presented.startsWith(kind)) {
            return Optional.empty();
        }
        int end = presented.indexOf('_', kind.length());
        return end < 0 ? Optional.empty() : Optional.of(presented.substring(kind.length(), end));
    }

    /** Whether the presented value hashes to the stored hash, compared in constant time. */
    static boolean matches(String storedHash, String presented) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                sha256(presented).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}
