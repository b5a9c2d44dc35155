package com.orderdesk.payment.gateway.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The kit's resilient client against WireMock: what is retried, what is not sent, what has no answer. */
class ProviderHttpClientTests {

    private final WireMockServer provider = new WireMockServer(wireMockConfig().dynamicPort());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ProviderHttpClient client;

    @BeforeEach
    void start() {
        provider.start();
        // Generous limits, for a busy machine; the time-limit test makes its own tight client.
        client = client(Duration.ofSeconds(12));
    }

    private ProviderHttpClient client(Duration timeLimit) {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        retries.retry("test-provider", RetryConfig.custom().maxAttempts(3).waitDuration(Duration.ofMillis(10)).build());
        TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
        timeLimiters.timeLimiter("test-provider", TimeLimiterConfig.custom().timeoutDuration(timeLimit).build());
        return new ProviderHttpClient("test-provider", "Test provider", Duration.ofSeconds(5), Duration.ofSeconds(10),
                CircuitBreakerRegistry.ofDefaults(), retries, timeLimiters, meters);
    }

    @AfterEach
    void stop() {
        client.close();
        provider.stop();
    }

    private String send(String path, boolean safeToRepeat) {
        return sendTo(provider.baseUrl() + path, safeToRepeat);
    }

    private String sendTo(String url, boolean safeToRepeat) {
        return client.post(new ProviderHttpClient.Call(url, "call", MediaType.APPLICATION_FORM_URLENCODED,
                "a=1".getBytes(StandardCharsets.US_ASCII), safeToRepeat, () -> "a=1"), body -> {
                    String text = new String(body, StandardCharsets.US_ASCII);
                    if (!text.startsWith("result=")) {
                        throw new MalformedReply("not a reply");
                    }
                    return text;
                });
    }

    @Test
    void theProvidersOwnAnswerIsReturnedAsItIs() {
        provider.stubFor(post(urlEqualTo("/x")).willReturn(ok("result=-1")));

        assertThat(send("/x", false)).isEqualTo("result=-1");
    }

    @Test
    void aServerErrorIsRetriedOnlyForCallsSafeToRepeat() {
        provider.stubFor(post(urlEqualTo("/x")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> send("/x", true)).isInstanceOf(ProviderTransportFailure.NoAnswer.class);
        provider.verify(3, postRequestedFor(urlEqualTo("/x")));
        provider.resetRequests();
        assertThatThrownBy(() -> send("/x", false)).isInstanceOf(ProviderTransportFailure.NoAnswer.class);
        provider.verify(1, postRequestedFor(urlEqualTo("/x")));
    }

    @Test
    void anAnswerPastTheTimeLimitIsNoAnswerEvenWithinTheReadTimeout() {
        provider.stubFor(post(urlEqualTo("/slow")).willReturn(ok("result=0").withFixedDelay(6000)));
        client.close();
        client = client(Duration.ofSeconds(2));

        assertThatThrownBy(() -> send("/slow", false)).isInstanceOf(ProviderTransportFailure.NoAnswer.class)
                .hasMessageContaining("time limit");
    }

    @Test
    void aClientErrorWithoutAProviderBodyIsRejectedAndARefusedConnectionIsNotSent() throws Exception {
        provider.stubFor(post(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404).withBody("<html/>")));
        assertThatThrownBy(() -> send("/missing", false)).isInstanceOf(ProviderTransportFailure.Rejected.class);

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> sendTo("http://127.0.0.1:" + closedPort + "/x", false))
                .isInstanceOf(ProviderTransportFailure.NotSent.class);
    }

    @Test
    void everyCallIsTimedPerProviderCallAndResult() {
        provider.stubFor(post(urlEqualTo("/x")).willReturn(ok("result=0")));
        provider.stubFor(post(urlEqualTo("/down")).willReturn(aResponse().withStatus(503)));

        send("/x", false);
        send("/x", false);
        assertThatThrownBy(() -> send("/down", true)).isInstanceOf(ProviderTransportFailure.NoAnswer.class);

        assertThat(meters.get("orderdesk.provider.http").tag("provider", "test-provider").tag("call", "call")
                .tag("result", "reply").timer().count()).isEqualTo(2);
        assertThat(meters.get("orderdesk.provider.http").tag("result", "no_answer").timer().count())
                .as("one call, its retries included").isEqualTo(1);
    }
}
