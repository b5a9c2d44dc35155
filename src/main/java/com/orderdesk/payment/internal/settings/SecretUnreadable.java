package com.orderdesk.payment.internal.settings;

import org.springframework.modulith.NamedInterface;

/**
 * A stored credential cannot be decrypted: its key is not configured, or the GCM tag does not
 * match (the value was altered, moved to another row, or the key is wrong). The message names the
 * credential and the key id, never the value.
 */
@NamedInterface("secret-cipher")
public class SecretUnreadable extends RuntimeException {

    SecretUnreadable(String message) {
        super(message);
    }

    SecretUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
