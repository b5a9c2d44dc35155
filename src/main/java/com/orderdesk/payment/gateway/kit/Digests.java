package com.orderdesk.payment.gateway.kit;

import java.nio.charset.Charset;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digests providers sign their notices with (Paygent's {@code hc}: SHA-256 over fields and a
 * shared key; HMAC-SHA256 for JSON webhooks), as lower-case hex. Compare a received signature with
 * {@link Secrets#matches} (constant time), never with {@code equals}.
 */
public final class Digests {

    private Digests() {
    }

    /** Lower-case hex SHA-256 of {@code text} in {@code charset}. */
    public static String sha256Hex(String text, Charset charset) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(charset)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Lower-case hex HMAC-SHA256 of {@code body} under {@code key}. */
    public static String hmacSha256Hex(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable or key unusable", e);
        }
    }
}
