package com.orderdesk.payment.paygent;

import java.util.Map;

import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.ClientCertificate;
import com.orderdesk.payment.paygent.wire.PaygentCredentials;
import org.jspecify.annotations.Nullable;

/**
 * The Paygent / Paidy settings the adapter reads (manual 3-4 ①–⑥ and the list). Credentials
 * (stored encrypted): {@value #MERCHANT_ID} (④ マーチャントID), {@value #CONNECT_ID} (⑤ 接続ID),
 * {@value #CONNECT_PASSWORD} (⑥ 接続IDパスワード), {@value #NOTICE_HASH_KEY} (the 差分通知 hash key,
 * shared out of band) and {@value #CLIENT_CERTIFICATE} (the PEM client certificate Paygent issues).
 * Options (not secret; the storefront sees them): {@value #PAIDY_PUBLIC_KEY} (① パブリックキー),
 * {@value #CHECKOUT_LOGO_URL} (② 決済モーダル用ロゴ画像) and {@value #STORE_NAME}. The environment
 * (test / production) is the settings' own. The capture mode (③ 同時売上フラグ) is not here: it is a
 * setting of the payment method, frozen on each payment when it starts.
 */
final class PaygentAccount {

    static final String MERCHANT_ID = "merchantId";
    static final String CONNECT_ID = "connectId";
    static final String CONNECT_PASSWORD = "connectPassword";
    static final String NOTICE_HASH_KEY = "noticeHashKey";
    static final String CLIENT_CERTIFICATE = "clientCertificate";

    static final String PAIDY_PUBLIC_KEY = "paidyPublicKey";
    static final String CHECKOUT_LOGO_URL = "checkoutLogoUrl";
    static final String STORE_NAME = "storeName";

    /** What the built-in simulator accepts; used whenever Paygent runs in SANDBOX. Never real secrets. */
    static final Map<String, String> SANDBOX = Map.of(MERCHANT_ID, "sandbox-merchant", CONNECT_ID, "sandbox-connect",
            CONNECT_PASSWORD, "sandboxpass", NOTICE_HASH_KEY, "sandbox-hash-key");

    /** The public key the sandbox checkout page accepts. */
    static final String SANDBOX_PUBLIC_KEY = "pk_test_sandbox";

    private PaygentAccount() {
    }

    /** @throws com.orderdesk.payment.gateway.ProviderNotConfigured when a login credential is missing */
    static PaygentCredentials credentials(ProviderSettings settings) {
        return new PaygentCredentials(settings.credential(MERCHANT_ID), settings.credential(CONNECT_ID),
                settings.credential(CONNECT_PASSWORD));
    }

    /**
     * The client certificate to present, when one is stored; over plain HTTP (the simulator) none is
     * needed, so an unreadable one is only a problem once the endpoint is HTTPS.
     *
     * @throws com.orderdesk.payment.gateway.ProviderNotConfigured naming the setting when it is not a PEM
     *         certificate with its private key
     */
    static @Nullable ClientCertificate clientCertificate(ProviderSettings settings) {
        String pem = settings.credentials().get(CLIENT_CERTIFICATE);
        if (pem == null || pem.isBlank() || !settings.baseUrl().regionMatches(true, 0, "https:", 0, 6)) {
            return null;
        }
        return ClientCertificate.of(pem, CLIENT_CERTIFICATE);
    }

    static @Nullable String publicKey(ProviderSettings settings) {
        String configured = settings.option(PAIDY_PUBLIC_KEY);
        if ((configured == null || configured.isBlank()) && settings.environment() == ProviderSettings.Environment.SANDBOX) {
            return SANDBOX_PUBLIC_KEY;
        }
        return configured == null || configured.isBlank() ? null : configured.strip();
    }
}
