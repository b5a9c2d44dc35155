package com.orderdesk.payment.gateway.kit;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>Every call is timed as {@code orderdesk.provider.http} (tags {@code provider}: the instance
 * name, {@code call}: the provider's API name, {@code result}: reply / no_answer / not_sent /
 * rejected), retries and waits included, as the caller experienced it.
 *
 * <p>A call may carry a {@link ClientCertificate} (mutual TLS, Paygent): it is presented on an HTTPS
 * URL through a client kept per certificate, so a certificate replaced in the settings takes effect
 * on the next call; on plain HTTP (sandbox simulators, tests) there is no TLS to present it in.
 */
public final class ProviderHttpClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProviderHttpClient.class);

    /** Retry waits when application.yml configures no retry for the provider. */
    private static final RetryConfig DEFAULT_RETRY = RetryConfig.custom().maxAttempts(3)
            .waitDuration(Duration.ofMillis(500)).build();

    private final String instance;
    private final String provider;
    private final MeterRegistry meters;
    private final RestClient http;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final @Nullable String trustedCertificates;
    /** Clients presenting a certificate, by its fingerprint; a handful at most (a certificate and its renewal). */
    private final Map<String, RestClient> withCertificate = new ConcurrentHashMap<>();
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * One call: where, what, whether a repeat is harmless, a masked text of the body for debug logs,
     * and the client certificate to present, if the provider issued one.
     */
    public record Call(String url, String name, MediaType contentType, byte[] body, boolean safeToRepeat,
            Supplier<String> maskedForLog, @Nullable ClientCertificate clientCertificate) {

        public Call(String url, String name, MediaType contentType, byte[] body, boolean safeToRepeat,
                Supplier<String> maskedForLog) {
            this(url, name, contentType, body, safeToRepeat, maskedForLog, null);
        }
    }

    /**
     * @param instance the resilience4j instance name (the provider's slug)
     * @param provider the provider's name for messages
     * @param connectTimeout a connect failure within it means nothing was sent
     * @param readTimeout past it, the outcome is unknown; the time limit defaults to it plus the
     *        connect timeout and five seconds when application.yml sets none for the instance
     */
    public ProviderHttpClient(String instance, String provider, Duration connectTimeout, Duration readTimeout,
            CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, TimeLimiterRegistry timeLimiters,
            MeterRegistry meters) {
        this(instance, provider, connectTimeout, readTimeout, null, circuitBreakers, retries, timeLimiters, meters);
    }

    /**
     * As the other constructors; {@code trustedCertificates} (PEM), when given, are the only
     * certificate authorities trusted (a provider's test environment with a private CA; the tests'
     * own CA), instead of the JDK's.
     */
    public ProviderHttpClient(String instance, String provider, Duration connectTimeout, Duration readTimeout,
            @Nullable String trustedCertificates, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
            TimeLimiterRegistry timeLimiters, MeterRegistry meters) {
        this.instance = instance;
        this.provider = provider;
        this.meters = meters;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.trustedCertificates = trustedCertificates;
        this.http = restClient(trustedCertificates == null ? null : ClientCertificate.trusting(trustedCertificates));
        this.circuitBreaker = circuitBreakers.circuitBreaker(instance);
        RetryConfig retryBase = retries.find(instance).map(Retry::getRetryConfig).orElse(DEFAULT_RETRY);
        this.retry = Retry.of(instance, RetryConfig.from(retryBase)
                .retryOnException(e -> e instanceof ProviderTransportFailure.NoAnswer
                        || e instanceof ProviderTransportFailure.NotSent)
                .retryOnResult(reply -> false).build());
        this.timeLimiter = timeLimiters.find(instance).orElseGet(() -> TimeLimiter.of(instance, TimeLimiterConfig.custom()
                .timeoutDuration(readTimeout.plus(connectTimeout).plusSeconds(5)).cancelRunningFuture(true).build()));
    }

    /** As the full constructor, its timings kept in a registry of its own (unit tests, tools). */
    public ProviderHttpClient(String instance, String provider, Duration connectTimeout, Duration readTimeout,
            CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, TimeLimiterRegistry timeLimiters) {
        this(instance, provider, connectTimeout, readTimeout, circuitBreakers, retries, timeLimiters,
                new SimpleMeterRegistry());
    }

    /** As the full constructor, trusting {@code trustedCertificates}, its timings kept in a registry of its own (tests). */
    public ProviderHttpClient(String instance, String provider, Duration connectTimeout, Duration readTimeout,
            @Nullable String trustedCertificates, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
            TimeLimiterRegistry timeLimiters) {
        this(instance, provider, connectTimeout, readTimeout, trustedCertificates, circuitBreakers, retries,
                timeLimiters, new SimpleMeterRegistry());
    }

    private RestClient restClient(@Nullable SSLContext tls) {
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout);
        if (tls != null) {
            client.sslContext(tls);
        }
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client.build());
        requestFactory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(requestFactory).build();
    }

    /** The client for this call: the plain one, or one presenting the call's certificate over HTTPS. */
    private RestClient clientFor(Call call) {
        ClientCertificate certificate = call.clientCertificate();
        if (certificate == null || !call.url().regionMatches(true, 0, "https:", 0, 6)) {
            return http;
        }
        if (withCertificate.size() > 8) {
            withCertificate.clear(); // old certificates: replaced in the settings long ago
        }
        return withCertificate.computeIfAbsent(certificate.fingerprint(), fingerprint -> {
            try {
                return restClient(certificate.sslContext(trustedCertificates));
            } catch (RuntimeException unreadable) {
                throw new ProviderTransportFailure.NotSent("the " + provider + " client certificate cannot be loaded ("
                        + unreadable.getClass().getSimpleName() + "); nothing was sent", unreadable);
            }
        });
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
        long started = System.nanoTime();
        String result = "reply";
        try {
            return guarded.get();
        } catch (CallNotPermittedException e) {
            result = "not_sent";
            throw new ProviderTransportFailure.NotSent("circuit breaker open after repeated " + provider + " failures", e);
        } catch (ProviderTransportFailure failure) {
            result = switch (failure) {
                case ProviderTransportFailure.NotSent notSent -> "not_sent";
                case ProviderTransportFailure.NoAnswer noAnswer -> "no_answer";
                case ProviderTransportFailure.Rejected rejected -> "rejected";
            };
            throw failure;
        } finally {
            Timer.builder("orderdesk.provider.http").description("Provider HTTP calls as the caller waited for them")
                    .tag("provider", instance).tag("call", call.name()).tag("result", result).register(meters)
                    .record(Duration.ofNanos(System.nanoTime() - started));
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
            return clientFor(call).post().uri(call.url()).contentType(call.contentType()).accept(MediaType.ALL).body(call.body())
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
