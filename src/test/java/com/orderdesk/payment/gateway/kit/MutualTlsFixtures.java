package com.orderdesk.payment.gateway.kit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Test-only TLS material under {@code src/test/resources/mtls} (see its README) and a WireMock
 * provider over HTTPS on 127.0.0.1 that insists on a client certificate issued by the tests' CA.
 */
public final class MutualTlsFixtures {

    private MutualTlsFixtures() {
    }

    /** A provider answering only HTTPS calls that present a certificate from {@code ca.pem}; not started. */
    public static WireMockServer providerNeedingClientCertificate() {
        return new WireMockServer(wireMockConfig().httpDisabled(true).dynamicHttpsPort().bindAddress("127.0.0.1")
                .keystorePath(path("server.p12")).keystorePassword("changeit").keyManagerPassword("changeit")
                .keystoreType("PKCS12").needClientAuth(true)
                .trustStorePath(path("client-ca.p12")).trustStorePassword("changeit").trustStoreType("PKCS12"));
    }

    /** The client certificate the provider's CA issued, with its key: what a shop stores in its settings. */
    public static String issuedClientPem() {
        return pem("client.pem") + pem("client-key.pem");
    }

    /** A self-signed client certificate with its key, which the provider does not trust. */
    public static String strangerPem() {
        return pem("stranger.pem") + pem("stranger-key.pem");
    }

    /** The CA that signed the provider's server certificate, for the client to trust. */
    public static String caPem() {
        return pem("ca.pem");
    }

    static String pem(String name) {
        try (InputStream in = MutualTlsFixtures.class.getResourceAsStream("/mtls/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(String name) {
        try {
            return Path.of(MutualTlsFixtures.class.getResource("/mtls/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
