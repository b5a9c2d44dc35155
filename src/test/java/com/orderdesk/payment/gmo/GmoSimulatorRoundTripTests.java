package com.orderdesk.payment.gmo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.gateway.RecordingInbox;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.WebhookEndpoint;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.StoredCards.StoredCard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The adapter against the built-in simulator over real HTTP: a small servlet server holding only
 * the simulator and the notification endpoint (no database, no application context), so the whole
 * GMO loop — EntryTran … SearchTrade, 3-D Secure, stored cards, result notification — runs as the
 * sandbox plays it.
 */
class GmoSimulatorRoundTripTests {

    private static AnnotationConfigServletWebServerApplicationContext server;
    private static ProviderSettings settings;
    private static ProviderSettings tds2Settings;
    private static String base;
    private static int orders;

    private final GmoPaymentGateway gateway = new GmoPaymentGateway(GmoFixtures.client(),
            Clock.systemUTC());

    @BeforeAll
    static void startSimulator() {
        server = new AnnotationConfigServletWebServerApplicationContext(SimulatorServer.class);
        base = "http://localhost:" + server.getWebServer().getPort();
        // Outside SpringApplication no local.server.port is published: the simulator's URLs (3-D Secure
        // page, the webhook it notifies) take the configured base, as they would behind a proxy.
        server.getEnvironment().getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource(
                "sandbox", Map.of("orderdesk.sandbox.base-url", "http://127.0.0.1:" + server.getWebServer().getPort())));
        // The simulator takes exactly the sandbox credentials the adapter declares (shop and site checked).
        settings = new ProviderSettings(true, ProviderSettings.Environment.SANDBOX, base + "/api/sandbox/gmo-pg",
                new GmoPaymentGateway(GmoFixtures.client(), Clock.systemUTC()).sandboxCredentials(), Map.of());
        tds2Settings = new ProviderSettings(true, ProviderSettings.Environment.SANDBOX, base + "/api/sandbox/gmo-pg",
                new GmoPaymentGateway(GmoFixtures.client(), Clock.systemUTC()).sandboxCredentials(),
                Map.of("tds2Enabled", "true"));
    }

    @AfterAll
    static void stopSimulator() {
        server.close();
    }

    private static GatewayAuthorizeRequest authorize(ProviderSettings settings, Map<String, String> instrument,
            String memberId) {
        GatewayAuthorizeRequest template = GmoFixtures.authorize(settings, false, instrument, memberId);
        return new GatewayAuthorizeRequest(template.paymentId(), template.operationId(), template.orderNumber(),
                "RT-" + System.nanoTime() + "-" + (++orders), template.amount(), false, template.customer(), template.invoice(),
                instrument, template.returnUrl(), settings);
    }

    private static GatewayPaymentState stateAfter(GatewayAuthorizeRequest request, GatewayResult result,
            PaymentStatus status) {
        return new GatewayPaymentState(request.paymentId(), request.orderNumber(), request.providerOrderId(), status,
                result.providerStatus(), request.amount(), status == PaymentStatus.CAPTURED ? request.amount() : 0, 0,
                Instant.now(), status == PaymentStatus.CAPTURED ? Instant.now() : null,
                result.references());
    }

    @Test
    void authorizeCaptureAndVoidTheSameDay() {
        GatewayAuthorizeRequest request = authorize(settings, Map.of("token", "tok-" + System.nanoTime()), null);

        GatewayResult authorized = gateway.authorize(request);
        assertThat(authorized.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(authorized.references().get("AccessID")).matches("[0-9a-f]{32}");

        GatewayPaymentState payment = stateAfter(request, authorized, PaymentStatus.AUTHORIZED);
        GatewayResult captured = gateway.capture(GmoFixtures.operation(payment, request.amount(), settings));
        assertThat(captured.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(status(payment).providerStatus()).isEqualTo("SALES");

        GatewayResult cancelled = gateway.cancel(GmoFixtures.operation(stateAfter(request, authorized,
                PaymentStatus.CAPTURED), request.amount(), settings));
        assertThat(cancelled.operationKind()).isEqualTo(OperationKind.VOID);
        GatewayStatusResult status = status(payment);
        assertThat(status.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(status.providerStatus()).isEqualTo("VOID");
    }

    @Test
    void amountChangeWhileAuthorizedKeepsTheAuthorization() {
        GatewayAuthorizeRequest request = authorize(settings, Map.of("token", "tok-" + System.nanoTime()), null);
        GatewayResult authorized = gateway.authorize(request);
        GatewayPaymentState payment = stateAfter(request, authorized, PaymentStatus.AUTHORIZED);

        GatewayResult changed = gateway.changeAmount(GmoFixtures.operation(payment, 1800, settings));

        assertThat(changed.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        GatewayStatusResult status = status(payment);
        assertThat(status.providerStatus()).isEqualTo("AUTH");
        assertThat(status.amount()).isEqualTo(1800);
    }

    @Test
    void magicDeclineTokenAndReusedTokenAreDeclined() {
        GatewayResult declined = gateway.authorize(authorize(settings, Map.of("token", "tok-decline-1"), null));
        assertThat(declined.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(declined.errorCode()).isEqualTo("42G/42G020000");

        String token = "tok-once-" + System.nanoTime();
        assertThat(gateway.authorize(authorize(settings, Map.of("token", token), null)).outcome())
                .isEqualTo(GatewayOutcome.SUCCEEDED);
        GatewayResult reused = gateway.authorize(authorize(settings, Map.of("token", token), null));
        assertThat(reused.outcome()).isEqualTo(GatewayOutcome.DECLINED);
        assertThat(reused.errorCode()).isEqualTo("EX1/EX1000301");
    }

    @Test
    void repeatedAuthorizeOfTheSameOrderDoesNotChargeTwice() {
        GatewayAuthorizeRequest request = authorize(settings, Map.of("token", "tok-" + System.nanoTime()), null);
        GatewayResult first = gateway.authorize(request);

        GatewayResult again = gateway.authorize(request);

        assertThat(again.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(again.references().get("TranID")).isEqualTo(first.references().get("TranID"));
    }

    @Test
    void threeDSecureChallengeThenCompletion() throws Exception {
        GatewayAuthorizeRequest request = authorize(tds2Settings, Map.of("token", "tok-tds-" + System.nanoTime()), null);

        GatewayResult started = gateway.authorize(request);
        assertThat(started.outcome()).isEqualTo(GatewayOutcome.PENDING);
        assertThat(started.nextAction().type()).isEqualTo(NextAction.Type.REDIRECT);
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(started.nextAction().url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains(request.providerOrderId());

        GatewayResult completed = gateway.completeAuthentication(stateAfter(request, started, PaymentStatus.PENDING),
                Map.of(), tds2Settings);
        assertThat(completed.outcome()).isEqualTo(GatewayOutcome.SUCCEEDED);
        assertThat(completed.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void storedCardRecurringPaymentAndItsDecline() {
        String member = UUID.randomUUID().toString();
        StoredCard good = gateway.store(member, "山田 太郎", "tok-card-" + System.nanoTime(), settings);
        StoredCard bad = gateway.store(member, "山田 太郎", "tok-decline-card-" + System.nanoTime(), settings);
        assertThat(gateway.list(member, settings)).extracting(StoredCard::cardId).containsExactly(good.cardId(),
                bad.cardId());
        assertThat(good.maskedNumber()).as("GMO masks stored cards as 13 * and 3 digits (recorded replies)")
                .matches("\\*{13}\\d{3}");

        assertThat(gateway.authorize(authorize(settings, Map.of("storedCard", good.cardId()), member)).outcome())
                .isEqualTo(GatewayOutcome.SUCCEEDED);
        GatewayResult declined = gateway.authorize(authorize(settings, Map.of("storedCard", bad.cardId()), member));
        assertThat(declined.outcome()).isEqualTo(GatewayOutcome.DECLINED);

        gateway.delete(member, bad.cardId(), settings);
        assertThat(gateway.list(member, settings)).extracting(StoredCard::cardId).containsExactly(good.cardId());
    }

    @Test
    void aCustomersOnlyStoredCardIsTheDefaultAndALaterCardLeavesItSo() {
        String member = UUID.randomUUID().toString();

        StoredCard only = gateway.store(member, "山田 太郎", "tok-card-" + System.nanoTime(), settings);
        assertThat(only.isDefault()).as("the answer to the first SaveCard, read back by SearchCard").isTrue();
        assertThat(gateway.list(member, settings)).singleElement().extracting(StoredCard::isDefault).isEqualTo(true);

        StoredCard second = gateway.store(member, "山田 太郎", "tok-card-" + System.nanoTime(), settings);
        assertThat(second.isDefault()).isFalse();
        assertThat(gateway.list(member, settings)).extracting(StoredCard::cardId, StoredCard::isDefault)
                .containsExactly(tuple(only.cardId(), true), tuple(second.cardId(), false));
    }

    @Test
    void simulatorPostsTheResultNotificationToTheWebhook() throws Exception {
        GatewayAuthorizeRequest request = authorize(settings, Map.of("token", "tok-" + System.nanoTime()), null);
        gateway.authorize(request);

        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/sandbox/gmo-pg/notify/" + request.providerOrderId()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sent.body()).contains("\"received\":true").contains("\"reply\":\"0\"");
        RecordingInbox inbox = server.getBean(RecordingInbox.class);
        assertThat(inbox.accepted).anySatisfy(parsed -> {
            assertThat(parsed.locator()).isEqualTo(PaymentLocator.byProviderOrderId(request.providerOrderId()));
            assertThat(parsed.classification().status()).isEqualTo(PaymentStatus.AUTHORIZED);
        });
    }

    private GatewayStatusResult status(GatewayPaymentState payment) {
        return gateway.status(new GatewayStatusRequest(payment, settings));
    }

    /** Only the simulator and the webhook endpoint (with a recording inbox) behind a real Tomcat. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @ComponentScan(basePackages = "com.orderdesk.payment.gmo.sandbox")
    static class SimulatorServer {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            return new TomcatServletWebServerFactory(0);
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
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
            return new WebhookEndpoint(new GmoNotificationParser(),
                    inbox, lookup, clock);
        }
    }
}
