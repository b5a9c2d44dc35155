package com.orderdesk.payment.internal.settings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * AES-256-GCM for provider credentials at rest. New values are encrypted under the current key
 * ({@code orderdesk.secret-key}); values written under a retired key stay readable as long as that
 * key is listed in {@code orderdesk.payment.retired-secret-keys}, which is how the key rotates.
 * Each value gets a fresh random 12-byte nonce, and a caller-given context (provider and
 * credential name) is bound in as associated data so a ciphertext only decrypts where it was
 * written. Exposed as {@code payment :: secret-cipher} so the integration module encrypts its
 * webhook signing secrets under the same key (it belongs in shared once nobody else is moving it).
 */
@NamedInterface("secret-cipher")
public class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final @Nullable String currentKeyId;
    private final Map<String, SecretKey> keysById = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param currentKey base64 of 32 bytes, or blank when no key is configured
     * @param retiredKeys base64 keys that may still have encrypted stored values
     * @throws IllegalStateException when a configured key is not base64 of 32 bytes, so a typo in
     *         the key fails start-up instead of locking credentials away
     */
    public SecretCipher(@Nullable String currentKey, List<String> retiredKeys) {
        for (String retired : retiredKeys) {
            if (retired.isBlank()) {
                continue;
            }
            SecretKey key = parse(retired, "orderdesk.payment.retired-secret-keys");
            keysById.put(keyId(key), key);
        }
        if (currentKey == null || currentKey.isBlank()) {
            currentKeyId = null;
        } else {
            SecretKey key = parse(currentKey, "orderdesk.secret-key (ORDERDESK_SECRET_KEY)");
            currentKeyId = keyId(key);
            keysById.put(currentKeyId, key);
        }
    }

    public boolean canEncrypt() {
        return currentKeyId != null;
    }

    /** @throws SecretKeyNotConfigured when no current key is configured */
    public EncryptedSecret encrypt(String plaintext, String context) {
        if (currentKeyId == null) {
            throw new SecretKeyNotConfigured();
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keysById.get(currentKeyId), iv, context);
            return new EncryptedSecret(currentKeyId, iv, cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM encryption is not available", ex);
        }
    }

    /** @throws SecretUnreadable when the key is unknown or the value fails GCM authentication */
    public String decrypt(EncryptedSecret secret, String context) {
        SecretKey key = keysById.get(secret.keyId());
        if (key == null) {
            throw new SecretUnreadable("The value of " + context + " was encrypted under key " + secret.keyId()
                    + ", which is not configured (current key: " + (currentKeyId == null ? "none" : currentKeyId)
                    + "); add the old key to orderdesk.payment.retired-secret-keys or enter the value again");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, secret.iv(), context);
            return new String(cipher.doFinal(secret.ciphertext()), StandardCharsets.UTF_8);
        } catch (AEADBadTagException ex) {
            throw new SecretUnreadable("The value of " + context + " failed GCM authentication under key "
                    + secret.keyId() + ": it was altered or does not belong here; enter the value again", ex);
        } catch (GeneralSecurityException | IllegalArgumentException ex) {
            throw new SecretUnreadable("The value of " + context + " cannot be decrypted: " + ex.getClass().getSimpleName(), ex);
        }
    }

    /** Whether the value was written under the current key; false means it should be re-encrypted. */
    public boolean isCurrent(EncryptedSecret secret) {
        return secret.keyId().equals(currentKeyId);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKey parse(String base64, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(property + " is not valid base64; generate one with: openssl rand -base64 32");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be the base64 of exactly 32 bytes (AES-256), not "
                    + bytes.length + "; generate one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /**
     * A short, stable, non-secret name for a key: the first 4 bytes of its SHA-256, so a stored value
     * says which key it needs without revealing anything usable about the key.
     */
    public static String keyId(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "k" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
