package com.orderdesk.payment.internal.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.orderdesk.payment.ProviderCode;
import org.springframework.stereotype.Component;

/**
 * Encrypts and decrypts one provider's credentials with the provider and credential name bound
 * into each value, so "gmo-pg/shopPass" cannot be swapped for "gmo-pg/sitePass" in the database.
 */
@Component
class CredentialVault {

    private final SecretCipher cipher;

    CredentialVault(SecretCipher cipher) {
        this.cipher = cipher;
    }

    boolean canEncrypt() {
        return cipher.canEncrypt();
    }

    EncryptedSecret seal(ProviderCode provider, String name, String value) {
        return cipher.encrypt(value, context(provider, name));
    }

    boolean isCurrent(EncryptedSecret secret) {
        return cipher.isCurrent(secret);
    }

    /** @throws SecretUnreadable when a value cannot be decrypted */
    String open(ProviderCode provider, String name, EncryptedSecret secret) {
        return cipher.decrypt(secret, context(provider, name));
    }

    /** @throws SecretUnreadable for the first value (by name) that cannot be decrypted */
    Map<String, String> openAll(ProviderCode provider, Map<String, EncryptedSecret> secrets) {
        Map<String, String> plain = new LinkedHashMap<>();
        new TreeMap<>(secrets).forEach((name, secret) -> plain.put(name, open(provider, name, secret)));
        return plain;
    }

    private static String context(ProviderCode provider, String name) {
        return provider.slug() + "/" + name;
    }
}
