package com.orderdesk.payment.kakebarai;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGatewayContract;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.kakebarai.wire.KakebaraiForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** kakebarai honours the payment-gateway contract against WireMock (AN010 commits a start). */
class KakebaraiPaymentGatewayContractTests extends PaymentGatewayContract {

    private static final String AN010 = "/AN010APIAction.action";

    private final WireMockServer yamato = new WireMockServer(wireMockConfig().dynamicPort());
    private final KakebaraiPaymentGateway gateway = new KakebaraiPaymentGateway(KakebaraiFixtures.client(),
            KakebaraiFixtures.buyers("ご利用可", true), Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        yamato.start();
        settings = KakebaraiFixtures.settings(yamato.baseUrl(), Map.of());
    }

    @AfterEach
    void stop() {
        yamato.stop();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected GatewayAuthorizeRequest startRequest() {
        return KakebaraiFixtures.authorize(settings, 5500);
    }

    @Override
    protected void providerAcceptsStart() {
        yamato.stubFor(post(urlEqualTo(AN010)).willReturn(KakebaraiFixtures.ok()));
    }

    @Override
    protected void providerAnswersStartTooLate() {
        yamato.stubFor(post(urlEqualTo(AN010)).willReturn(KakebaraiFixtures.ok().withFixedDelay(5000)));
    }

    @Override
    protected List<String> startIdsReceived() {
        // WireMock logs a request once answered: a delayed answer shows up only after its delay.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !yamato.findAll(postRequestedFor(urlEqualTo(AN010))).isEmpty());
        return yamato.findAll(postRequestedFor(urlEqualTo(AN010))).stream()
                .map(request -> KakebaraiForm.CODEC.decode(request.getBody()).get("orderNo")).toList();
    }
}
