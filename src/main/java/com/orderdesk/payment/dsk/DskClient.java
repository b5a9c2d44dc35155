package com.orderdesk.payment.dsk;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import com.orderdesk.payment.internal.ProviderTransportFailure;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.dsk.wire.DskReply;
import com.orderdesk.payment.dsk.wire.DskRequest;
import com.orderdesk.payment.dsk.wire.MalformedDskReply;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Posts one DSK call ({@code <baseUrl><path>}, a Shift_JIS form) and reads the key=value reply.
 * Every call runs inside the {@value #INSTANCE} circuit breaker; only
 * {@link DskRequest#safeToRepeat()} calls (status query, registration: DSK detects a repeated
 * orderid) are retried, and only when there was no DSK reply. DSK error replies ({@code result}
 * -1/-2/-99/…) are returned, not thrown: they are DSK speaking, so they neither trip the breaker nor
 * get retried. Transport problems are thrown as {@link ProviderTransportFailure}. The password is never
 * logged ({@link DskForm#masked}).
 */
class DskClient {

    static final String INSTANCE = "dsk";

    private static final Logger log = LoggerFactory.getLogger(DskClient.class);

    /** Used when application.yml has no {@code resilience4j.retry.instances.dsk}. */
    private static final RetryConfig DEFAULT_RETRY = RetryConfig.custom().maxAttempts(3)
            .waitDuration(Duration.ofMillis(500)).build();

    private final RestClient http;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    DskClient(DskProperties properties, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requestFactory).build();
        this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
        RetryConfig base = retries.find(INSTANCE).map(Retry::getRetryConfig).orElse(DEFAULT_RETRY);
        // Whatever the configured attempts and waits, only a missing reply is worth repeating.
        this.retry = Retry.of(INSTANCE, RetryConfig.from(base)
                .retryOnException(e -> e instanceof ProviderTransportFailure.NoAnswer || e instanceof ProviderTransportFailure.NotSent)
                .retryOnResult(reply -> false).build());
    }

    /**
     * Sends the request and returns DSK's reply (which may be an error reply).
     *
     * @throws ProviderTransportFailure when there is no DSK reply
     */
    DskReply send(String baseUrl, DskRequest request) {
        Supplier<DskReply> guarded = CircuitBreaker.decorateSupplier(circuitBreaker, () -> post(baseUrl, request));
        if (request.safeToRepeat()) {
            guarded = Retry.decorateSupplier(retry, guarded);
        }
        try {
            DskReply reply = guarded.get();
            if (!reply.succeeded()) {
                log.info("DSK {} answered {}", request.name(), reply.describe());
            }
            return reply;
        } catch (CallNotPermittedException e) {
            throw new ProviderTransportFailure.NotSent("circuit breaker open after repeated DSK failures", e);
        }
    }

    private DskReply post(String baseUrl, DskRequest request) {
        String url = baseUrl.replaceAll("/+$", "") + request.path();
        if (log.isDebugEnabled()) {
            log.debug("DSK {} <- {}", request.name(), DskForm.masked(request.form()));
        }
        try {
            return http.post().uri(url).contentType(DskForm.CONTENT_TYPE).accept(MediaType.ALL)
                    .body(DskForm.encode(request.form()))
                    .exchange((req, response) -> read(request, response.getStatusCode(),
                            response.getBody().readAllBytes()));
        } catch (ResourceAccessException e) {
            throw ProviderTransportFailure.classify("DSK", request.name(), e);
        }
    }

    private static DskReply read(DskRequest request, HttpStatusCode status, byte[] body) {
        if (status.is5xxServerError()) {
            throw new ProviderTransportFailure.NoAnswer("HTTP " + status.value() + " from DSK " + request.name(), null);
        }
        try {
            DskReply reply = DskReply.parse(body, request.layout());
            log.debug("DSK {} -> {}", request.name(), reply.fields());
            return reply;
        } catch (MalformedDskReply e) {
            if (status.is4xxClientError()) {
                throw new ProviderTransportFailure.Rejected("HTTP " + status.value() + " from DSK " + request.name());
            }
            throw new ProviderTransportFailure.NoAnswer(e.getMessage() + " to " + request.name(), e);
        }
    }
}
