package com.orderdesk.payment.atobarai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.atobarai.wire.AtobaraiForm;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGatewayContract;
import com.orderdesk.payment.gateway.ProviderSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Atobarai honours the payment-gateway contract against WireMock (KAARA0010 commits a start).
 * Yamato pushes nothing, so the notification promises are skipped and the core polls.
 */
class AtobaraiPaymentGatewayContractTests extends PaymentGatewayContract {

    private static final String KAARA = AtobaraiPaymentGatewayTests.KAARA;

    private final WireMockServer yamato = new WireMockServer(wireMockConfig().dynamicPort());
    private final AtobaraiPaymentGateway gateway = new AtobaraiPaymentGateway(AtobaraiFixtures.client(),
            Clock.fixed(AtobaraiPaymentGatewayTests.NOW, java.time.ZoneOffset.UTC));
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        yamato.start();
        settings = AtobaraiFixtures.settings(yamato.baseUrl(), Map.of());
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
        return AtobaraiFixtures.authorize(settings, "INVOICE");
    }

    @Override
    protected void providerAcceptsStart() {
        yamato.stubFor(post(urlEqualTo(KAARA)).willReturn(aResponse().withStatus(200)
                .withBody(AtobaraiFixtures.xml("<returnCode>0</returnCode><result>0</result>"))));
    }

    @Override
    protected void providerAnswersStartTooLate() {
        yamato.stubFor(post(urlEqualTo(KAARA)).willReturn(aResponse().withFixedDelay(2600)
                .withBody(AtobaraiFixtures.xml("<returnCode>0</returnCode><result>0</result>"))));
    }

    @Override
    protected List<String> startIdsReceived() {
        return yamato.findAll(postRequestedFor(urlEqualTo(KAARA))).stream()
                .map(request -> AtobaraiForm.CODEC.decode(request.getBody()).get("orderNo")).toList();
    }
}
