package com.orderdesk.payment.gateway.kit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import com.orderdesk.payment.gateway.ProviderNotConfigured;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * A client certificate (mutual TLS) a provider issues to the shop: the certificate chain and its
 * private key as PEM, the way a provider's settings keep it (one text, several KB). Presented by
 * {@link ProviderHttpClient} on HTTPS calls that carry it. {@link #toString()} never shows the key.
 */
public final class ClientCertificate {

    private static final Pattern CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[^-]+-----END \\1-----");

    private final String certificates;
    private final String privateKey;
    private final String fingerprint;

    private ClientCertificate(String certificates, String privateKey) {
        this.certificates = certificates;
        this.privateKey = privateKey;
        this.fingerprint = sha256(certificates);
    }

    /**
     * Reads the PEM a setting holds: one or more certificates (the client's first) and one
     * unencrypted private key, in any order.
     *
     * @param setting the setting's name, for the problem
     * @throws ProviderNotConfigured naming the setting when the PEM lacks either part
     */
    public static ClientCertificate of(String pem, String setting) {
        StringBuilder chain = new StringBuilder();
        Matcher certificates = CERTIFICATE.matcher(pem);
        while (certificates.find()) {
            chain.append(certificates.group()).append('\n');
        }
        Matcher key = PRIVATE_KEY.matcher(pem);
        if (chain.isEmpty() || !key.find()) {
            throw new ProviderNotConfigured("'" + setting + "' must hold the client certificate and its private key"
                    + " as PEM (-----BEGIN CERTIFICATE----- … and -----BEGIN PRIVATE KEY----- …)");
        }
        if (key.group(1).startsWith("ENCRYPTED")) {
            throw new ProviderNotConfigured("'" + setting + "' holds an encrypted private key; store it decrypted"
                    + " (the setting itself is encrypted at rest)");
        }
        return new ClientCertificate(chain.toString(), key.group());
    }

    /**
     * An SSL context presenting this certificate, trusting {@code trustedCertificates} (PEM) when
     * given and the JDK's certificate authorities otherwise.
     *
     * @throws IllegalStateException when the PEM does not load (not a certificate, a key of another kind)
     */
    SSLContext sslContext(@Nullable String trustedCertificates) {
        PemSslStoreDetails identity = PemSslStoreDetails.forCertificates(certificates).withPrivateKey(privateKey);
        PemSslStoreDetails trust = trustedCertificates == null ? null
                : PemSslStoreDetails.forCertificates(trustedCertificates);
        return SslBundle.of(new PemSslStoreBundle(identity, trust)).createSslContext();
    }

    /** An SSL context presenting no certificate and trusting only {@code trustedCertificates} (PEM). */
    static SSLContext trusting(String trustedCertificates) {
        return SslBundle.of(new PemSslStoreBundle(null, PemSslStoreDetails.forCertificates(trustedCertificates)))
                .createSslContext();
    }

    /** Identifies the certificate (SHA-256 of its PEM chain) without showing anything secret. */
    String fingerprint() {
        return fingerprint;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ClientCertificate[sha256=" + fingerprint.substring(0, 16) + "…, key masked]";
    }
}
