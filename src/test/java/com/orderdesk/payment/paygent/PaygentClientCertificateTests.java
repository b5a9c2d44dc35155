package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.payment.gateway.kit.MutualTlsFixtures;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Paygent adapter presents the client certificate stored in its settings (fact sheet: the module
 * "POSTs over HTTPS with a client certificate") to a Paygent that insists on one: WireMock over HTTPS
 * with need-client-auth and test-only TLS material.
 */
class PaygentClientCertificateTests {

    private final WireMockServer paygent = MutualTlsFixtures.providerNeedingClientCertificate();
    private ProviderHttpClient http;
    private PaygentPaymentGateway gateway;

    @BeforeEach
    void start() {
        paygent.start();
        paygent.stubFor(post(urlEqualTo("/module")).willReturn(aResponse().withHeader("Content-Type",
                "text/plain; charset=Shift_JIS").withBody("result=0\r\n".getBytes(PaygentWire.CHARSET))));
        http = new ProviderHttpClient(PaygentClient.INSTANCE, "Paygent", Duration.ofSeconds(5), Duration.ofSeconds(10),
                MutualTlsFixtures.caPem(), CircuitBreakerRegistry.ofDefaults(), RetryRegistry.ofDefaults(),
                TimeLimiterRegistry.ofDefaults());
        gateway = new PaygentPaymentGateway(new PaygentClient(http));
    }

    @AfterEach
    void stop() {
        http.close();
        paygent.stop();
    }

    @Test
    void theStoredCertificateIsPresentedAndPaygentAnswers() {
        GatewayResult captured = capture(MutualTlsFixtures.issuedClientPem());

        assertThat(captured.outcome()).as(String.valueOf(captured.errorMessage())).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(captured.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(paygent.getAllServeEvents()).hasSize(1);
    }

    @Test
    void withoutTheCertificatePaygentTakesNothingAndTheOperatorIsToldNothingChanged() {
        refusedBeforeAnythingWasTaken(null);
        refusedBeforeAnythingWasTaken(MutualTlsFixtures.strangerPem());
        assertThat(paygent.getAllServeEvents()).isEmpty();
    }

    /**
     * A failed handshake sent nothing: unavailable (503, nothing changed). Under TLS 1.3 the server
     * judges the client's certificate after the client has finished its side of the handshake; when the
     * server's connection reset overtakes its alert (seen once on a loaded machine), the client cannot
     * tell that the request was never taken and says so honestly: an unknown outcome, which
     * reconciliation settles with 094. Never a success, and never a decline that looks like Paygent's.
     */
    private void refusedBeforeAnythingWasTaken(String pem) {
        try {
            GatewayResult answered = capture(pem);
            assertThat(answered.outcome()).as(String.valueOf(answered.errorMessage())).isEqualTo(GatewayOutcome.UNKNOWN);
        } catch (ProviderUnavailable refused) {
            assertThat(refused).hasMessageContaining("TLS handshake");
        }
    }

    private GatewayResult capture(String pem) {
        ProviderSettings base = PaygentFixtures.settings("https://127.0.0.1:" + paygent.httpsPort() + "/module");
        Map<String, String> credentials = new HashMap<>(base.credentials());
        if (pem != null) {
            credentials.put(PaygentAccount.CLIENT_CERTIFICATE, pem);
        }
        ProviderSettings settings = new ProviderSettings(true, base.environment(), base.baseUrl(), credentials,
                base.options());
        return gateway.capture(PaygentFixtures.operation(
                PaygentFixtures.payment(PaymentStatus.AUTHORIZED, 3830, 0, 0), 3830, settings));
    }
}
