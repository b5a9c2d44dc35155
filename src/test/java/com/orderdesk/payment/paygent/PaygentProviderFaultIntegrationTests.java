package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.orderdesk.payment.ProviderFault;
import com.orderdesk.payment.ProviderFault.CircuitTrip;
import com.orderdesk.payment.ProviderFault.Timed;
import com.orderdesk.payment.ShortProviderTimeouts;
import com.orderdesk.support.TestApi.Response;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * Paygent failing at the network level, the same rules as for GMO-PG: a capture (telegram 341)
 * without a usable reply is 202 UNKNOWN with its log entry open for the status query (094), never
 * a 5xx; repeated failures open the {@code paygent-paidy} circuit and a capture is then answered 503
 * with {@code Retry-After} unsent; Paygent's notices are acknowledged while a capture hangs.
 */
@ShortProviderTimeouts
class PaygentProviderFaultIntegrationTests extends PaygentScenarioSupport {

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void closedCircuit() {
        circuit().reset();
    }

    @ParameterizedTest
    @EnumSource(ProviderFault.class)
    void aCapturePaygentDidNotAnswerUsablyIsUnknownAndLeftOpenNeverA5xx(ProviderFault fault) {
        String number = authorized(AUTH_ONLY);
        paygent.stubFor(capture().willReturn(fault.answer()));

        Response captured = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(captured.status()).as(captured.text()).isEqualTo(202);
        assertThat(captured.json().at("/outcome").asString()).isEqualTo("UNKNOWN");
        JsonNode payment = payment(number);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        JsonNode operations = payment.at("/operations");
        JsonNode last = operations.get(operations.size() - 1);
        assertThat(last.at("/kind").asString()).isEqualTo("CAPTURE");
        assertThat(last.at("/outcome").asString()).isEqualTo("UNKNOWN");
        paygent.verify(1, captureRequests());
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndACaptureIsThenRefusedAt503WithoutWaitingForPaygent() {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            orders.add(authorized(AUTH_ONLY));
        }
        paygent.stubFor(capture().willReturn(ProviderFault.SLOW.answer()));

        CircuitTrip trip = CircuitTrip.run(orders, number -> api.asOperator().post(commandUri(number, "capture"), Map.of()),
                () -> paygent.findAll(captureRequests()).size());

        assertThat(circuit().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        trip.assertRefusedUnsentWithoutWaiting("paygent-paidy");
    }

    @Test
    void aNoticeIsAcknowledgedWhileACaptureHangsAtPaygent() throws Exception {
        String number = authorized(AUTH_ONLY);
        String paymentId = payment(number).at("/references/paymentId").asString();
        paygent.stubFor(capture().willReturn(ProviderFault.SLOW.answer()));

        CompletableFuture<Timed> hanging = CompletableFuture.supplyAsync(
                () -> Timed.of(() -> api.asOperator().post(commandUri(number, "capture"), Map.of())));
        // Polled often: the capture hangs only for the short read timeout, and the notice must come within it.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                .until(() -> !paygent.findAll(captureRequests()).isEmpty());
        long start = System.nanoTime();
        MockHttpServletResponse ack = notice(fields("N-HANG-1", paymentId, "20", 3830), HASH_KEY);
        Duration ackTook = Duration.ofNanos(System.nanoTime() - start);
        boolean captureStillHanging = !hanging.isDone();

        assertThat(ack.getStatus()).as(ack.getContentAsString()).isEqualTo(200);
        assertThat(captureStillHanging).as("acknowledged (%d ms) while the capture still waited for Paygent",
                ackTook.toMillis()).isTrue();
        Timed capture = hanging.get();
        assertThat(capture.response().status()).isEqualTo(202);
        assertThat(ackTook).isLessThan(capture.took());
        System.out.printf("paygent-paidy notice acknowledged in %d ms while a capture hung %d ms%n", ackTook.toMillis(),
                capture.took().toMillis());
    }

    private CircuitBreaker circuit() {
        return circuitBreakers.circuitBreaker("paygent-paidy");
    }

    private static MappingBuilder capture() {
        return post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341"));
    }

    private static RequestPatternBuilder captureRequests() {
        return postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341"));
    }
}
