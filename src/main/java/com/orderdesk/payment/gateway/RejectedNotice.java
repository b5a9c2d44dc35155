package com.orderdesk.payment.gateway;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.orderdesk.payment.ProviderCode;
import org.jspecify.annotations.Nullable;

/**
 * All that is kept of a refused webhook request: when, from where, why, how big and a SHA-256 of
 * the body (to recognise a replayed one), never the body or headers, so that refused requests
 * cannot fill the database or leave an operator's credentials in it.
 *
 * @param size the body's length in bytes (the declared length for one refused unread)
 * @param sha256 hex SHA-256 of the body; null when it was refused before being read
 */
public record RejectedNotice(ProviderCode provider, String sourceAddress, String reason, long size,
        @Nullable String sha256, Instant receivedAt) {

    /** A request that was read whole and then refused. */
    public static RejectedNotice of(InboundNotification raw, String reason) {
        return new RejectedNotice(raw.provider(), raw.sourceAddress(), reason, raw.body().length, sha256(raw.body()),
                raw.receivedAt());
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
