package com.orderdesk.payment.gateway.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Mutual TLS in the kit's client: a provider (WireMock over HTTPS) that insists on a client
 * certificate from its own CA answers only a call presenting one. The TLS material is test-only,
 * under {@code src/test/resources/mtls} (see its README).
 */
class ProviderHttpClientTlsTests {

    private final WireMockServer provider = MutualTlsFixtures.providerNeedingClientCertificate();
    private ProviderHttpClient client;

    @BeforeEach
    void start() {
        provider.start();
        provider.stubFor(post(urlEqualTo("/module")).willReturn(ok("result=0")));
        client = new ProviderHttpClient("tls-provider", "TLS provider", Duration.ofSeconds(5), Duration.ofSeconds(10),
                pem("ca.pem"), CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults(),
                TimeLimiterRegistry.ofDefaults());
    }

    @AfterEach
    void stop() {
        client.close();
        provider.stop();
    }

    @Test
    void aCallPresentingTheIssuedCertificateIsAnswered() {
        ClientCertificate certificate = ClientCertificate.of(pem("client.pem") + pem("client-key.pem"), "clientCertificate");

        assertThat(send(certificate)).isEqualTo("result=0");
        assertThat(send(ClientCertificate.of(pem("client-key.pem") + pem("client.pem"), "clientCertificate")))
                .as("key first works as well").isEqualTo("result=0");
        assertThat(provider.getAllServeEvents()).hasSize(2);
    }

    @Test
    void withoutACertificateOrWithOneTheProviderNeverIssuedNothingIsSent() {
        assertThatThrownBy(() -> send(null)).isInstanceOf(ProviderTransportFailure.class);
        ClientCertificate stranger = ClientCertificate.of(pem("stranger.pem") + pem("stranger-key.pem"), "clientCertificate");
        assertThatThrownBy(() -> send(stranger)).isInstanceOf(ProviderTransportFailure.class);

        assertThat(provider.getAllServeEvents()).as("the provider took no request").isEmpty();
    }

    @Test
    void aPemWithoutItsKeyOrWithAnEncryptedKeyIsASettingsProblemNamingTheSetting() {
        assertThatThrownBy(() -> ClientCertificate.of(pem("client.pem"), "clientCertificate"))
                .isInstanceOf(ProviderNotConfigured.class).hasMessageContaining("'clientCertificate'")
                .hasMessageContaining("private key");
        assertThatThrownBy(() -> ClientCertificate.of(pem("client.pem")
                + "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n", "clientCertificate"))
                .isInstanceOf(ProviderNotConfigured.class).hasMessageContaining("encrypted");
        assertThat(ClientCertificate.of(pem("client.pem") + pem("client-key.pem"), "x").toString())
                .doesNotContain("PRIVATE").doesNotContain(pem("client-key.pem").substring(40, 80));
    }

    private String send(ClientCertificate certificate) {
        byte[] body = "telegram_kind=094".getBytes(StandardCharsets.US_ASCII);
        return client.post(new ProviderHttpClient.Call("https://127.0.0.1:" + provider.httpsPort() + "/module", "094",
                MediaType.APPLICATION_FORM_URLENCODED, body, false, () -> "telegram_kind=094", certificate),
                reply -> new String(reply, StandardCharsets.US_ASCII));
    }

    private static String pem(String name) {
        return MutualTlsFixtures.pem(name);
    }
}
