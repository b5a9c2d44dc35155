package com.orderdesk.payment.gmo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.TestInvoices;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.shared.ShopTime;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.jspecify.annotations.Nullable;

/** Builders for the GMO adapter's plain unit tests: a fast client, settings and payments. */
final class GmoFixtures {

    static final String ACCESS_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static final String ACCESS_PASS = "ffeeddccbbaa99887766554433221100";

    private GmoFixtures() {
    }

    /** A client with a short read timeout and quick retries, like the application's but faster. */
    static GmoClient client() {
        return client(CircuitBreakerRegistry.ofDefaults());
    }

    static GmoClient client(CircuitBreakerRegistry circuitBreakers) {
        return new GmoClient(http(circuitBreakers));
    }

    /** The kit's client as the application configures it for GMO-PG, with short timeouts and quick retries. */
    static ProviderHttpClient http(CircuitBreakerRegistry circuitBreakers) {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        retries.retry(GmoClient.INSTANCE, RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build());
        TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
        timeLimiters.timeLimiter(GmoClient.INSTANCE, TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(6))
                .build());
        // A read timeout generous enough for a cold client on a busy machine; tests of the timeout wait longer.
        return new ProviderHttpClient(GmoClient.INSTANCE, "GMO-PG", Duration.ofSeconds(1), Duration.ofSeconds(4),
                circuitBreakers, retries, timeLimiters);
    }

    static ProviderSettings settings(String baseUrl) {
        return settings(baseUrl, Map.of());
    }

    static ProviderSettings settings(String baseUrl, Map<String, String> options) {
        return new ProviderSettings(true, ProviderSettings.Environment.SANDBOX, baseUrl,
                Map.of("shopId", "tshop00000001", "shopPass", "sandboxpass", "siteId", "tsite00000001", "sitePass",
                        "sandboxsitepass"),
                options);
    }

    static Clock clockAt(String japanDateTime) {
        return Clock.fixed(japan(japanDateTime), ShopTime.ZONE);
    }

    static Instant japan(String japanDateTime) {
        return LocalDateTime.parse(japanDateTime).atZone(ShopTime.ZONE).toInstant();
    }

    static GatewayAuthorizeRequest authorize(ProviderSettings settings, boolean captureImmediately,
            Map<String, String> instrument, @Nullable String memberId) {
        GatewayCustomer customer = new GatewayCustomer("山田 太郎", "ヤマダ タロウ", "taro@example.jp", "0312345678", null,
                null, "1500001", "東京都", "渋谷区", "神宮前1-1-1", null, memberId);
        return new GatewayAuthorizeRequest(UUID.randomUUID(), UUID.randomUUID(), "OD-1001", "OD-1001-1", 1500,
                captureImmediately, customer, TestInvoices.of(1500), instrument, "https://shop.example.jp/3ds/return", settings);
    }

    static GatewayPaymentState payment(PaymentStatus status, long amount, @Nullable Instant authorizedAt,
            @Nullable Instant capturedAt) {
        long captured = status == PaymentStatus.CAPTURED ? amount : 0;
        return new GatewayPaymentState(UUID.randomUUID(), "OD-1001", "OD-1001-1", status, null, amount, captured, 0,
                authorizedAt, capturedAt, Map.of("AccessID", ACCESS_ID, "AccessPass", ACCESS_PASS, "JobCd", "AUTH"));
    }

    static GatewayOperationRequest operation(GatewayPaymentState payment, long amount, ProviderSettings settings) {
        return new GatewayOperationRequest(payment, UUID.randomUUID(), amount, settings);
    }
}
