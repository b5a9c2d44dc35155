package com.orderdesk.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.orderdesk.support.TestApi;

/**
 * The ways a provider's HTTP API fails that no provider fact sheet describes but every network
 * shows, as WireMock answers: slower than the read timeout, the connection reset mid-answer, an
 * empty body, and a body that is not the provider's format (a proxy's HTML error page).
 */
public enum ProviderFault {

    /** Answers after 3 s, far past the read timeout of {@link ShortProviderTimeouts}. */
    SLOW(aResponse().withStatus(200).withBody("").withFixedDelay(3_000)),
    CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
    EMPTY_BODY(aResponse().withStatus(200).withBody("")),
    MALFORMED_BODY(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
            .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

    private final ResponseDefinitionBuilder answer;

    ProviderFault(ResponseDefinitionBuilder answer) {
        this.answer = answer;
    }

    public ResponseDefinitionBuilder answer() {
        return answer;
    }

    /** An admin API answer and how long it took, measured around the call. */
    public record Timed(TestApi.Response response, Duration took) {

        public static Timed of(Supplier<TestApi.Response> call) {
            long start = System.nanoTime();
            TestApi.Response response = call.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Captures the orders one by one while the provider fails, until its circuit refuses one: the
     * captures that waited (202 UNKNOWN), the refused one, and what the provider received.
     */
    public record CircuitTrip(List<Timed> waited, Timed refused, int sentBefore, int sentAfter) {

        public static CircuitTrip run(List<String> orders, Function<String, TestApi.Response> capture, IntSupplier sent) {
            List<Timed> waited = new ArrayList<>();
            for (String number : orders) {
                int sentBefore = sent.getAsInt();
                Timed timed = Timed.of(() -> capture.apply(number));
                if (timed.response().status() == 503) {
                    return new CircuitTrip(waited, timed, sentBefore, sent.getAsInt());
                }
                assertThat(timed.response().status()).as(timed.response().text()).isEqualTo(202);
                waited.add(timed);
            }
            throw new AssertionError("the circuit did not open within " + waited.size() + " failed captures");
        }

        /**
         * The refusal is a 503 problem with Retry-After, nothing was sent, and it came before the read
         * timeout every capture that waited for the provider took at least: it did not wait. (Compared
         * with the timeout itself, not with the fastest waited capture less half the timeout, so that
         * a short timeout leaves a loaded machine's slow answer room.)
         */
        public void assertRefusedUnsentWithoutWaiting(String provider) {
            assertThat(sentAfter).as("not sent to " + provider).isEqualTo(sentBefore);
            assertThat(refused.response().header("Retry-After")).isEqualTo("30");
            assertThat(refused.response().header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.response().json().at("/status").asInt()).isEqualTo(503);
            assertThat(refused.response().json().at("/detail").asString()).contains("circuit breaker open");
            Duration fastest = waited.stream().map(Timed::took).min(Duration::compareTo).orElseThrow();
            assertThat(fastest).isGreaterThanOrEqualTo(ShortProviderTimeouts.READ_TIMEOUT);
            assertThat(refused.took()).as("open circuit %s ms vs. fastest timed-out capture %s ms",
                    refused.took().toMillis(), fastest.toMillis())
                    .isLessThan(ShortProviderTimeouts.READ_TIMEOUT).isLessThan(fastest);
            System.out.printf("%s circuit: opened after %d timed-out captures (fastest %d ms); refused in %d ms%n",
                    provider, waited.size(), fastest.toMillis(), refused.took().toMillis());
        }
    }
}
