package com.orderdesk.payment.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.orderdesk.payment.internal.settings.EncryptedSecret;
import com.orderdesk.payment.internal.settings.SecretCipher;
import com.orderdesk.payment.internal.settings.SecretKeyNotConfigured;
import com.orderdesk.payment.internal.settings.SecretUnreadable;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

    static final String KEY = key('a');
    static final String OTHER_KEY = key('b');

    private final SecretCipher cipher = new SecretCipher(KEY, List.of());

    static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void encryptsWithAFreshNonceAndDecryptsBack() {
        EncryptedSecret first = cipher.encrypt("shop-password", "gmo-pg/shopPass");
        EncryptedSecret second = cipher.encrypt("shop-password", "gmo-pg/shopPass");

        assertThat(first.iv()).hasSize(12);
        assertThat(first.iv()).isNotEqualTo(second.iv());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(new String(first.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("shop-password");
        assertThat(first.ciphertext()).as("plaintext + 16-byte GCM tag").hasSize("shop-password".length() + 16);
        assertThat(cipher.decrypt(first, "gmo-pg/shopPass")).isEqualTo("shop-password");
        assertThat(cipher.decrypt(second, "gmo-pg/shopPass")).isEqualTo("shop-password");
    }

    @Test
    void aTamperedCiphertextFailsGcmAuthentication() {
        EncryptedSecret secret = cipher.encrypt("shop-password", "gmo-pg/shopPass");
        byte[] tampered = secret.ciphertext().clone();
        tampered[0] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret(secret.keyId(), secret.iv(), tampered), "gmo-pg/shopPass"))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("gmo-pg/shopPass failed GCM authentication")
                .hasMessageNotContaining("shop-password");
    }

    @Test
    void aCiphertextMovedToAnotherCredentialFailsAuthentication() {
        EncryptedSecret secret = cipher.encrypt("shop-password", "gmo-pg/shopPass");

        assertThatThrownBy(() -> cipher.decrypt(secret, "gmo-pg/sitePass"))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("failed GCM authentication");
    }

    @Test
    void anUnknownKeyIdIsNamedInTheError() {
        EncryptedSecret secret = cipher.encrypt("shop-password", "gmo-pg/shopPass");

        assertThatThrownBy(() -> cipher.decrypt(new EncryptedSecret("k00000000", secret.iv(), secret.ciphertext()), "gmo-pg/shopPass"))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("encrypted under key k00000000, which is not configured");
    }

    @Test
    void theSameKeyIdButAnotherKeyFailsAuthentication() {
        EncryptedSecret secret = cipher.encrypt("shop-password", "gmo-pg/shopPass");
        SecretCipher other = new SecretCipher(OTHER_KEY, List.of());
        String otherKeyId = other.encrypt("x", "c").keyId();

        assertThatThrownBy(() -> other.decrypt(new EncryptedSecret(otherKeyId, secret.iv(), secret.ciphertext()), "gmo-pg/shopPass"))
                .isInstanceOf(SecretUnreadable.class)
                .hasMessageContaining("failed GCM authentication");
    }

    @Test
    void valuesUnderARetiredKeyStayReadableWhileNewOnesUseTheCurrentKey() {
        EncryptedSecret old = cipher.encrypt("old-password", "dsk/password");
        SecretCipher rotated = new SecretCipher(OTHER_KEY, List.of(KEY));

        assertThat(rotated.decrypt(old, "dsk/password")).isEqualTo("old-password");
        EncryptedSecret fresh = rotated.encrypt("new-password", "dsk/password");
        assertThat(fresh.keyId()).isNotEqualTo(old.keyId()).matches("k[0-9a-f]{8}");
        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY, List.of()).decrypt(old, "dsk/password"))
                .as("once the old key is dropped, its values are unreadable")
                .isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void withoutAKeyNothingCanBeEncrypted() {
        SecretCipher keyless = new SecretCipher("", List.of());

        assertThat(keyless.canEncrypt()).isFalse();
        assertThatThrownBy(() -> keyless.encrypt("x", "gmo-pg/shopPass")).isInstanceOf(SecretKeyNotConfigured.class)
                .hasMessageContaining("ORDERDESK_SECRET_KEY");
    }

    @Test
    void aMalformedKeyFailsStartUp() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new SecretCipher(shortKey, List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly 32 bytes");
        assertThatThrownBy(() -> new SecretCipher("not base64 !", List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not valid base64");
    }
}
