package com.orderdesk.payment.gateway.kit;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One provider's HTTP client, the same for every adapter: each call runs inside the provider's
 * resilience4j circuit breaker and time limiter (instances named after the provider, e.g.
 * {@code resilience4j.circuitbreaker.instances.gmo-pg}); only calls the adapter marks safe to
 * repeat are retried, and only when there was no provider reply (whatever the configured retry
 * exceptions say). A provider's own error answer is returned, not thrown: it is the provider
 * speaking, so it neither trips the breaker nor gets retried.
 *
 * <p>What can go wrong is thrown as {@link ProviderTransportFailure}: {@code NotSent} (connection
 * refused, connect timeout, open circuit, shutting down), {@code NoAnswer} (read timeout, time
 * limit, reset, 5xx, a body the reader cannot read) or {@code Rejected} (a 4xx without a readable
 * body). Bodies are never logged except through the adapter's masking.
 */
public final class ProviderHttpClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProviderHttpClient.class);

    /** Retry waits when application.yml configures no retry for the provider. */
    private static final RetryConfig DEFAULT_RETRY = RetryConfig.custom().maxAttempts(3)
            .waitDuration(Duration.ofMillis(500)).build();

    private final String provider;
    private final RestClient http;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** One call: where, what, whether a repeat is harmless, and a masked text of the body for debug logs. */
    public record Call(String url, String name, MediaType contentType, byte[] body, boolean safeToRepeat,
            Supplier<String> maskedForLog) {
    }

    /**
     * @param instance the resilience4j instance name (the provider's slug)
     * @param provider the provider's name for messages
     * @param connectTimeout a connect failure within it means nothing was sent
     * @param readTimeout past it, the outcome is unknown; the time limit defaults to it plus the
     *        connect timeout and five seconds when application.yml sets none for the instance
     */
    public ProviderHttpClient(String instance, String provider, Duration connectTimeout, Duration readTimeout,
            CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, TimeLimiterRegistry timeLimiters) {
        this.provider = provider;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(readTimeout);
        this.http = RestClient.builder().requestFactory(requestFactory).build();
        this.circuitBreaker = circuitBreakers.circuitBreaker(instance);
        RetryConfig retryBase = retries.find(instance).map(Retry::getRetryConfig).orElse(DEFAULT_RETRY);
        this.retry = Retry.of(instance, RetryConfig.from(retryBase)
                .retryOnException(e -> e instanceof ProviderTransportFailure.NoAnswer
                        || e instanceof ProviderTransportFailure.NotSent)
                .retryOnResult(reply -> false).build());
        this.timeLimiter = timeLimiters.find(instance).orElseGet(() -> TimeLimiter.of(instance, TimeLimiterConfig.custom()
                .timeoutDuration(readTimeout.plus(connectTimeout).plusSeconds(5)).cancelRunningFuture(true).build()));
    }

    /**
     * Posts the call and reads the reply with {@code reader}, which throws {@link MalformedReply}
     * for a body that is not the provider's.
     *
     * @throws ProviderTransportFailure when there is no provider reply
     */
    public <T> T post(Call call, Function<byte[], T> reader) {
        Supplier<T> limited = () -> limited(() -> exchange(call, reader));
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(circuitBreaker, limited);
        if (call.safeToRepeat()) {
            guarded = Retry.decorateSupplier(retry, guarded);
        }
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            throw new ProviderTransportFailure.NotSent("circuit breaker open after repeated " + provider + " failures", e);
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

    private <T> T limited(Supplier<T> post) {
        try {
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(post, executor));
        } catch (TimeoutException e) {
            throw new ProviderTransportFailure.NoAnswer("no answer from " + provider + " within the time limit", e);
        } catch (RejectedExecutionException e) {
            throw new ProviderTransportFailure.NotSent("the application is shutting down", e);
        } catch (ProviderTransportFailure e) {
            throw e;
        } catch (Exception e) {
            throw new ProviderTransportFailure.NoAnswer("call interrupted: " + e.getClass().getSimpleName(), e);
        }
    }

    private <T> T exchange(Call call, Function<byte[], T> reader) {
        if (log.isDebugEnabled()) {
            log.debug("{} {} <- {}", provider, call.name(), call.maskedForLog().get());
        }
        try {
            return http.post().uri(call.url()).contentType(call.contentType()).accept(MediaType.ALL).body(call.body())
                    .exchange((request, response) -> read(call, response.getStatusCode(),
                            response.getBody().readAllBytes(), reader));
        } catch (ResourceAccessException e) {
            throw ProviderTransportFailure.classify(provider, call.name(), e);
        }
    }

    private <T> T read(Call call, HttpStatusCode status, byte[] body, Function<byte[], T> reader) {
        if (status.is5xxServerError()) {
            throw new ProviderTransportFailure.NoAnswer("HTTP " + status.value() + " from " + provider + " " + call.name(),
                    null);
        }
        try {
            return reader.apply(body);
        } catch (MalformedReply e) {
            if (status.is4xxClientError()) {
                throw new ProviderTransportFailure.Rejected("HTTP " + status.value() + " from " + provider + " "
                        + call.name());
            }
            throw new ProviderTransportFailure.NoAnswer(e.getMessage() + " to " + call.name(), e);
        }
    }
}
