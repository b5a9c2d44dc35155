package com.orderdesk.payment.internal.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.secret-key} ({@code ORDERDESK_SECRET_KEY}): the AES-256-GCM key provider
 * credentials and webhook secrets are stored under.
 *
 * @param secretKey base64 of 32 random bytes; blank: the app runs but refuses to store credentials (503)
 */
@ConfigurationProperties("orderdesk")
record SecretKeyProperties(@DefaultValue("") String secretKey) {
}
