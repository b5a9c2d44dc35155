package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGatewayContract;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.paygent.wire.PaygentWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Paygent / Paidy honours the payment-gateway contract against WireMock (343 commits a start). */
class PaygentPaymentGatewayContractTests extends PaymentGatewayContract {

    private static final String MODULE = "/module";

    private final WireMockServer paygent = new WireMockServer(wireMockConfig().dynamicPort());
    private final PaygentPaymentGateway gateway = new PaygentPaymentGateway(PaygentFixtures.client());
    private ProviderSettings settings;

    @BeforeEach
    void start() {
        paygent.start();
        settings = PaygentFixtures.settings(paygent.baseUrl() + MODULE);
    }

    @AfterEach
    void stop() {
        paygent.stop();
    }

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Override
    protected GatewayAuthorizeRequest startRequest() {
        return PaygentFixtures.authorize(settings, 4000, false, Map.of("paidyPaymentId", "pay_contract"));
    }

    @Override
    protected void providerAcceptsStart() {
        paygent.stubFor(post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=343")).willReturn(aResponse()
                .withBody("result=0\r\npayment_id=P1\r\npayment_amount=4000\r\ncurrency=JPY\r\n".getBytes(PaygentWire.CHARSET))));
    }

    @Override
    protected void providerAnswersStartTooLate() {
        paygent.stubFor(post(urlEqualTo(MODULE)).willReturn(aResponse().withFixedDelay(1500).withBody("result=0\r\n")));
    }

    @Override
    protected List<String> startIdsReceived() {
        // WireMock journals a delayed request only once its answer is served, which on a busy machine
        // can be after the adapter gave up: wait for it rather than race it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> !received().isEmpty());
        return received();
    }

    private List<String> received() {
        return paygent.findAll(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=343")))
                .stream().map(request -> PaygentWire.decodeForm(request.getBody()).get("paidy_payment_id")).toList();
    }

    @Override
    protected Optional<NotificationSamples<?>> notificationSamples() {
        Map<String, String> fields = PaygentNotificationReceiverTests.fields("N-1", "20", "4000");
        return Optional.of(new NotificationSamples<>(new PaygentNotificationReceiver(), settings,
                PaygentNotificationReceiverTests.signed(fields, PaygentFixtures.HASH_KEY), "90001200319000012018",
                PaygentNotificationReceiverTests.signed(fields, "forger's guess")));
    }
}
