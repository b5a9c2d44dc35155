package com.orderdesk.payment.internal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/**
 * One credential at rest: the id of the key that encrypted it, the random 12-byte GCM nonce and the
 * ciphertext with its 16-byte authentication tag appended.
 */
@Embeddable
@NamedInterface("secret-cipher")
public record EncryptedSecret(
        @Column(name = "key_id", nullable = false) String keyId,
        @Column(name = "iv", nullable = false) byte[] iv,
        @Column(name = "ciphertext", nullable = false) byte[] ciphertext) {
}
