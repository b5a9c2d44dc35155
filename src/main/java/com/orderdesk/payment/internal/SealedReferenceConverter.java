package com.orderdesk.payment.internal;

import java.util.Base64;

import com.orderdesk.payment.internal.settings.EncryptedSecret;
import com.orderdesk.payment.internal.settings.SecretCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a credential reference (see {@link CredentialReferences}) AES-GCM encrypted under the key
 * provider settings use ({@link SecretCipher}, {@code orderdesk.secret-key}), as
 * {@code gcm:<key id>:<nonce>:<ciphertext>}. Without a configured key no live credentials can be
 * stored, so such a reference can only come from a simulator: it is then kept as
 * {@code plain:<value>} and sealed by {@link CredentialReferenceSealing} once a key is configured.
 * Hibernate creates the converter through Spring, which injects the cipher.
 */
@Converter
class SealedReferenceConverter implements AttributeConverter<String, String> {

    static final String SEALED = "gcm:";
    static final String PLAIN = "plain:";
    private static final String CONTEXT = "payment-reference";

    private final SecretCipher cipher;

    SealedReferenceConverter(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String value) {
        if (!cipher.canEncrypt()) {
            return PLAIN + value;
        }
        EncryptedSecret sealed = cipher.encrypt(value, CONTEXT);
        Base64.Encoder base64 = Base64.getEncoder();
        return SEALED + sealed.keyId() + ":" + base64.encodeToString(sealed.iv()) + ":"
                + base64.encodeToString(sealed.ciphertext());
    }

    /** @throws com.orderdesk.payment.internal.settings.SecretUnreadable when its key is not configured */
    @Override
    public String convertToEntityAttribute(String column) {
        if (column.startsWith(PLAIN)) {
            return column.substring(PLAIN.length());
        }
        if (!column.startsWith(SEALED)) {
            throw new IllegalStateException("A credential reference is stored in an unknown form");
        }
        String[] parts = column.substring(SEALED.length()).split(":", 3);
        Base64.Decoder base64 = Base64.getDecoder();
        return cipher.decrypt(new EncryptedSecret(parts[0], base64.decode(parts[1]), base64.decode(parts[2])), CONTEXT);
    }
}
