package com.orderdesk.payment.dsk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGatewayContract;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettings.Environment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** DSK honours the payment-gateway contract against WireMock (the registration commits a start). */
class DskPaymentGatewayContractTests extends PaymentGatewayContract {

    private static final String ORDER = "/paperless/order";

    private final WireMockServer dsk = new WireMockServer(wireMockConfig().dynamicPort());
    private final DskPaymentGateway gateway = new DskPaymentGateway(DskFixtures.client(),
            Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        dsk.start();
        settings = DskFixtures.settings(dsk.baseUrl(), Environment.PRODUCTION,
                Map.of("notificationAllowlist", DskNotificationParserTests.DSK_ADDRESS));
    }

    @AfterEach
    void stop() {
        dsk.stop();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected GatewayAuthorizeRequest startRequest() {
        return DskFixtures.authorize(settings, 1500, Map.of());
    }

    @Override
    protected void providerAcceptsStart() {
        dsk.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=Shift_JIS")
                .withBody("result=0&dskid=20261123000001&url=https://dsk.example/select&message=")));
    }

    @Override
    protected void providerAnswersStartTooLate() {
        dsk.stubFor(post(urlEqualTo(ORDER)).willReturn(aResponse().withFixedDelay(1500).withBody("result=0")));
    }

    @Override
    protected List<String> startIdsReceived() {
        return dsk.findAll(postRequestedFor(urlEqualTo(ORDER))).stream()
                .map(request -> DskForm.decode(request.getBody()).get("orderid")).toList();
    }

    @Override
    protected Optional<NotificationSamples<?>> notificationSamples() {
        return Optional.of(new NotificationSamples<>(new DskNotificationParser(), settings,
                DskNotificationParserTests.notice(DskNotificationParserTests.PAID, DskNotificationParserTests.DSK_ADDRESS),
                "OD-001001-1", DskNotificationParserTests.notice(DskNotificationParserTests.PAID, "198.51.100.7")));
    }
}
