package com.orderdesk.payment.paygent.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.RecordingInbox;
import com.orderdesk.payment.gateway.TestInvoices;
import com.orderdesk.payment.gateway.WebhookEndpoint;
import com.orderdesk.payment.paygent.PaygentTestAccess;
import com.orderdesk.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The adapter against the built-in simulator over real HTTP: a small Tomcat holding only the
 * simulator and the notification endpoint (with a recording inbox), so the rules a real Paygent
 * enforces and its signed, resent notices are played as the sandbox plays them.
 */
class PaygentSimulatorRoundTripTests {

    private static AnnotationConfigServletWebServerApplicationContext server;
    private static String base;
    private static ProviderSettings settings;
    private static final TestClock clock = new TestClock();
    private static int orders;

    private final PaymentGateway gateway = PaygentTestAccess.gateway();
    private final RestClient http = RestClient.create();

    @BeforeAll
    static void startSimulator() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        settings = new ProviderSettings(true, ProviderSettings.Environment.SANDBOX, base + "/api/sandbox/paygent-paidy",
                PaygentTestAccess.sandboxCredentials(), Map.of());
        server = new AnnotationConfigServletWebServerApplicationContext();
        server.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of("server.port",
                Integer.toString(port), "orderdesk.payment.paygent.simulator.resend-interval", "1h")));
        server.register(SimulatorServer.class);
        server.refresh();
    }

    @AfterAll
    static void stopSimulator() {
        server.close();
    }

    @BeforeEach
    void clockAndInbox() {
        clock.reset();
        inbox().failing = false;
        sendNotices();
        inbox().accepted.clear();
    }

    private static RecordingInbox inbox() {
        return server.getBean(RecordingInbox.class);
    }

    private String paidyCheckout(long amount, String outcome) {
        Map<?, ?> answer = http.post().uri(base + "/api/sandbox/paygent-paidy/checkout?publicKey=pk_test_sandbox&amount="
                + amount + "&outcome=" + outcome).retrieve().body(Map.class);
        assertThat(answer.get("status")).isEqualTo(outcome);
        return (String) answer.get("id");
    }

    private GatewayAuthorizeRequest start(long amount, String payId, String tradingId) {
        return new GatewayAuthorizeRequest(UUID.randomUUID(), UUID.randomUUID(), "OD-RT", tradingId, amount, false,
                PaygentTestAccess.customer(), TestInvoices.of(amount), Map.of("paidyPaymentId", payId), null, settings);
    }

    private GatewayPaymentState authorized(long amount) {
        String tradingId = "RT-" + (++orders) + "-" + System.nanoTime() % 100000;
        GatewayResult result = gateway.authorize(start(amount, paidyCheckout(amount, "authorized"), tradingId));
        assertThat(result.status()).as(result.errorMessage()).isEqualTo(PaymentStatus.AUTHORIZED);
        return state(PaymentStatus.AUTHORIZED, amount, 0, 0, result.references());
    }

    private static GatewayPaymentState state(PaymentStatus status, long amount, long captured, long refunded,
            Map<String, String> references) {
        return new GatewayPaymentState(UUID.randomUUID(), "OD-RT", references.getOrDefault("tradingId", "RT"), status,
                null, amount, captured, refunded, null, null, references);
    }

    private GatewayResult capture(GatewayPaymentState payment) {
        return gateway.capture(PaygentTestAccess.operation(payment, payment.amount(), settings));
    }

    private List<Map<String, Object>> sendNotices() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sent = http.post().uri(base + "/api/sandbox/paygent-paidy/notices/send").retrieve()
                .body(List.class);
        return sent;
    }

    private List<PaymentStatus> noticed() {
        return inbox().accepted.stream().map(parsed -> parsed.classification().status()).toList();
    }

    @Test
    void anAuthorizedCheckoutIsTakenOverOnceAndItsIdStaysBoundToItsOrder() {
        String payId = paidyCheckout(4000, "authorized");
        GatewayResult first = gateway.authorize(start(4000, payId, "RT-BOUND-1"));
        GatewayResult again = gateway.authorize(start(4000, payId, "RT-BOUND-1"));
        GatewayResult other = gateway.authorize(start(4000, payId, "RT-BOUND-2"));

        assertThat(first.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(again.references().get("paymentId")).as("a repeated 343 is the same payment")
                .isEqualTo(first.references().get("paymentId"));
        assertThat(other.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(other.errorMessage()).contains("already bound");
    }

    @Test
    void rejectedClosedAndUnknownCheckoutsCannotBeTakenOver() {
        for (String payId : List.of(paidyCheckout(4000, "rejected"), paidyCheckout(4000, "closed"), "pay_never")) {
            GatewayResult result = gateway.authorize(start(4000, payId, "RT-X-" + payId.hashCode()));
            assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
            assertThat(result.errorCode()).isEqualTo("90101");
        }
    }

    @Test
    void aCheckoutForAnotherAmountIsCancelledAtOnce() {
        GatewayResult result = gateway.authorize(start(4000, paidyCheckout(3999, "authorized"), "RT-AMT"));

        assertThat(result.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(result.errorMessage()).contains("cancelled at Paygent (340)");
    }

    @Test
    void captureOnlyFrom20ThenRefundsUpToWhatIsHeld() {
        GatewayPaymentState payment = authorized(5000);

        assertThat(capture(payment).status()).isEqualTo(PaymentStatus.CAPTURED);
        GatewayResult twice = capture(payment);
        assertThat(twice.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(twice.errorCode()).isEqualTo("90201");
        assertThat(gateway.cancel(PaygentTestAccess.operation(payment, 5000, settings)).errorCode())
                .as("cancel only before capture").isEqualTo("90201");

        GatewayPaymentState captured = state(PaymentStatus.CAPTURED, 5000, 5000, 0, payment.references());
        assertThat(gateway.refund(PaygentTestAccess.operation(captured, 1000, settings)).status())
                .isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        GatewayPaymentState partly = state(PaymentStatus.PARTIALLY_REFUNDED, 5000, 5000, 1000, payment.references());
        assertThat(gateway.refund(PaygentTestAccess.operation(partly, 4001, settings)).errorCode())
                .as("more than is held").isEqualTo("90202");
        assertThat(gateway.status(new GatewayStatusRequest(partly, settings)).status())
                .isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(gateway.refund(PaygentTestAccess.operation(partly, 4000, settings)).status())
                .isEqualTo(PaymentStatus.REFUNDED);
        assertThat(gateway.status(new GatewayStatusRequest(partly, settings)).status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void afterNinetyJapaneseDaysTheAuthorizationIsUnrevivable() {
        GatewayPaymentState payment = authorized(3000);
        clock.advance(Duration.ofDays(91));

        GatewayResult late = capture(payment);

        assertThat(late.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(late.errorMessage()).contains("不成立").contains("cannot be revived");
        assertThat(gateway.status(new GatewayStatusRequest(payment, settings)).status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void wrongCredentialsAndAnUnfinishedReviewAreRefused() {
        ProviderSettings wrong = new ProviderSettings(true, ProviderSettings.Environment.SANDBOX, settings.baseUrl(),
                Map.of("merchantId", "sandbox-merchant", "connectId", "sandbox-connect", "connectPassword", "guess",
                        "noticeHashKey", "x"), Map.of());
        {
            GatewayAuthorizeRequest request = start(4000, paidyCheckout(4000, "authorized"), "RT-LOGIN");
            GatewayResult refused = gateway.authorize(new GatewayAuthorizeRequest(request.paymentId(),
                    request.operationId(), request.orderNumber(), request.providerOrderId(), 4000, false,
                    request.customer(), request.invoice(), request.instrument(), null, wrong));
            assertThat(refused.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(refused.errorMessage()).contains("接続IDパスワード");
        }
        http.post().uri(base + "/api/sandbox/paygent-paidy/merchant/review?finished=false").retrieve().toBodilessEntity();
        try {
            GatewayResult review = gateway.authorize(start(4000, paidyCheckout(4000, "authorized"), "RT-REVIEW"));
            assertThat(review.outcome()).isEqualTo(GatewayOutcome.FAILED);
            assertThat(review.errorMessage()).contains("審査");
        } finally {
            http.post().uri(base + "/api/sandbox/paygent-paidy/merchant/review?finished=true").retrieve().toBodilessEntity();
        }
    }

    @Test
    void everyChangeIsASignedNoticeResentUntilAnsweredResultZero() {
        GatewayPaymentState payment = authorized(2000);
        capture(payment);
        inbox().failing = true;

        List<Map<String, Object>> refused = sendNotices();
        assertThat(refused).hasSize(2).allSatisfy(result -> assertThat(result.get("received")).isEqualTo(false));
        inbox().failing = false;
        List<Map<String, Object>> resent = sendNotices();

        assertThat(resent).hasSize(2).allSatisfy(result -> {
            assertThat(result.get("received")).isEqualTo(true);
            assertThat(result.get("reply")).isEqualTo("result=0");
            assertThat((Integer) result.get("attempts")).isEqualTo(2);
        });
        assertThat(noticed()).as("hc verified by the adapter's receiver").containsExactly(PaymentStatus.AUTHORIZED,
                PaymentStatus.CAPTURED);
        assertThat(sendNotices()).as("nothing left to send").isEmpty();
    }

    @Test
    void consoleOperationsAndPaygentsOwnCaptureAreNoticed() {
        GatewayPaymentState cancelledThere = authorized(1500);
        GatewayPaymentState capturedByPaygent = authorized(1600);
        sendNotices();
        inbox().accepted.clear();

        http.post().uri(base + "/api/sandbox/paygent-paidy/payments/" + cancelledThere.reference("paymentId")
                + "/console/cancel").retrieve().toBodilessEntity();
        http.post().uri(base + "/api/sandbox/paygent-paidy/payments/" + capturedByPaygent.reference("paymentId")
                + "/automatic-capture").retrieve().toBodilessEntity();
        sendNotices();

        assertThat(noticed()).containsExactly(PaymentStatus.CANCELLED, PaymentStatus.CAPTURED);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @ComponentScan(basePackages = "com.orderdesk.payment.paygent.sandbox",
            excludeFilters = @ComponentScan.Filter(type = org.springframework.context.annotation.FilterType.ASSIGNABLE_TYPE,
                    classes = PaygentSimulatorRoundTripTests.class))
    static class SimulatorServer {

        @Bean
        TomcatServletWebServerFactory webServerFactory(org.springframework.core.env.Environment environment) {
            return new TomcatServletWebServerFactory(Integer.parseInt(environment.getProperty("server.port", "0")));
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        Clock clock() {
            return clock;
        }

        @Bean
        RecordingInbox inbox() {
            return new RecordingInbox();
        }

        @Bean
        ProviderSettingsLookup settingsLookup() {
            return provider -> settings;
        }

        @Bean
        WebhookEndpoint webhook(ProviderSettingsLookup lookup, NotificationInbox inbox, Clock clock) {
            return new WebhookEndpoint(PaygentTestAccess.receiver(), inbox, lookup, clock);
        }
    }
}
