package com.orderdesk.payment.internal.settings;

import com.orderdesk.shared.ProblemException;
import org.springframework.modulith.NamedInterface;

/**
 * Credentials cannot be stored because {@code ORDERDESK_SECRET_KEY} is not set (503): the request
 * is fine, the server is not ready for it. Everything else (sandbox, settings without
 * credentials) keeps working without the key.
 */
@NamedInterface("secret-cipher")
public class SecretKeyNotConfigured extends ProblemException {

    SecretKeyNotConfigured() {
        super(503, "secret-key-not-configured", "Secret key not configured",
                "Credentials cannot be stored: ORDERDESK_SECRET_KEY (orderdesk.secret-key) is not set. Set it to the "
                        + "base64 of 32 random bytes (openssl rand -base64 32) and restart; settings without "
                        + "credentials can still be saved.");
    }
}
