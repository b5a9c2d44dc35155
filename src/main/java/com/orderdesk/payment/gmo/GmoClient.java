package com.orderdesk.payment.gmo;

import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.orderdesk.payment.internal.ProviderTransportFailure;
import com.orderdesk.payment.gmo.wire.GmoForm;
import com.orderdesk.payment.gmo.wire.GmoReply;
import com.orderdesk.payment.gmo.wire.GmoRequest;
import com.orderdesk.payment.gmo.wire.MalformedGmoReply;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Posts one GMO-PG API call ({@code <baseUrl>/payment/<Api>.idPass}, form-encoded in
 * {@link GmoForm#CHARSET}) and reads the key=value answer. Every call runs inside the
 * {@value #INSTANCE} circuit breaker and time limiter; only {@link GmoRequest#safeToRepeat()} calls
 * are retried. GMO error answers ({@code ErrCode}) are returned, not thrown: they are GMO speaking,
 * so they neither trip the breaker nor get retried. Transport problems are thrown as
 * {@link ProviderTransportFailure}. Logs only masked fields.
 */
class GmoClient implements AutoCloseable {

    static final String INSTANCE = "gmo-pg";

    private static final Logger log = LoggerFactory.getLogger(GmoClient.class);

    private final RestClient http;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    GmoClient(GmoProperties properties, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
            TimeLimiterRegistry timeLimiters) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requestFactory).build();
        this.circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
        this.retry = retries.retry(INSTANCE);
        this.timeLimiter = timeLimiters.timeLimiter(INSTANCE);
    }

    /**
     * Sends the request and returns GMO's answer (which may be an error answer).
     *
     * @throws ProviderTransportFailure when there is no GMO answer
     */
    GmoReply send(String baseUrl, GmoRequest request) {
        Supplier<GmoReply> call = () -> limited(() -> post(baseUrl, request));
        Supplier<GmoReply> guarded = CircuitBreaker.decorateSupplier(circuitBreaker, call);
        if (request.safeToRepeat()) {
            guarded = Retry.decorateSupplier(retry, guarded);
        }
        try {
            GmoReply reply = guarded.get();
            if (reply.failed()) {
                log.info("GMO-PG {} answered {}", request.api(), reply.errorCodes());
            }
            return reply;
        }
        catch (CallNotPermittedException e) {
            throw new ProviderTransportFailure.NotSent("circuit breaker open after repeated failures", e);
        }
    }

    /**
     * Takes no new calls when the context closes; calls in flight finish on their own (within the
     * read timeout) so no payment call is cut off half-way.
     */
    @Override
    public void close() {
        executor.shutdown();
    }

    private GmoReply limited(Supplier<GmoReply> post) {
        try {
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(post, executor));
        }
        catch (TimeoutException e) {
            throw new ProviderTransportFailure.NoAnswer("no answer within the time limit", e);
        }
        catch (RejectedExecutionException e) {
            throw new ProviderTransportFailure.NotSent("the application is shutting down", e);
        }
        catch (ProviderTransportFailure e) {
            throw e;
        }
        catch (Exception e) {
            throw new ProviderTransportFailure.NoAnswer("call interrupted: " + e.getClass().getSimpleName(), e);
        }
    }

    private GmoReply post(String baseUrl, GmoRequest request) {
        String url = baseUrl.replaceAll("/+$", "") + "/payment/" + request.api() + ".idPass";
        if (log.isDebugEnabled()) {
            log.debug("GMO-PG {} <- {}", request.api(), GmoForm.masked(request.form()));
        }
        try {
            return http.post().uri(url).contentType(GmoForm.CONTENT_TYPE).accept(MediaType.ALL)
                    .body(GmoForm.encode(request.form()))
                    .exchange((req, response) -> read(request, response.getStatusCode(), response.getBody().readAllBytes()));
        }
        catch (ResourceAccessException e) {
            throw ProviderTransportFailure.classify("GMO-PG", request.api(), e);
        }
    }

    private GmoReply read(GmoRequest request, HttpStatusCode status, byte[] body) {
        if (status.is5xxServerError()) {
            throw new ProviderTransportFailure.NoAnswer("HTTP " + status.value() + " from GMO-PG " + request.api(), null);
        }
        GmoReply reply;
        try {
            reply = GmoReply.of(GmoForm.decode(body));
        }
        catch (MalformedGmoReply e) {
            if (status.is4xxClientError()) {
                throw new ProviderTransportFailure.Rejected("HTTP " + status.value() + " from GMO-PG " + request.api());
            }
            throw new ProviderTransportFailure.NoAnswer(e.getMessage() + " to " + request.api(), e);
        }
        if (log.isDebugEnabled()) {
            log.debug("GMO-PG {} -> {}", request.api(), GmoForm.masked(reply.fields()));
        }
        return reply;
    }
}
