package com.orderdesk.payment.dsk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

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
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;

/** Builders for the DSK adapter's plain unit tests: a fast client, settings and payments. */
final class DskFixtures {

    static final String TENANT = "T000123";
    static final String PASSWORD = "s3cret-pw";

    private DskFixtures() {
    }

    /** A client with short timeouts and quick retries (two attempts), like the application's but faster. */
    static DskClient client() {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        retries.retry(DskClient.INSTANCE, RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build());
        return new DskClient(new ProviderHttpClient(DskClient.INSTANCE, "DSK", Duration.ofSeconds(1),
                Duration.ofMillis(700), CircuitBreakerRegistry.ofDefaults(), retries, TimeLimiterRegistry.ofDefaults()));
    }

    static ProviderSettings settings(String baseUrl) {
        return settings(baseUrl, ProviderSettings.Environment.PRODUCTION, Map.of());
    }

    static ProviderSettings settings(String baseUrl, ProviderSettings.Environment environment, Map<String, String> options) {
        return new ProviderSettings(true, environment, baseUrl, Map.of("tenantId", TENANT, "password", PASSWORD), options);
    }

    static Instant japan(String japanDateTime) {
        return LocalDateTime.parse(japanDateTime).atZone(ShopTime.ZONE).toInstant();
    }

    static GatewayAuthorizeRequest authorize(ProviderSettings settings, long amount, Map<String, String> instrument) {
        GatewayCustomer customer = new GatewayCustomer("髙橋　花子", "タカハシ ハナコ", "hanako@example.jp", "０３-1234-5678", null,
                null, "1500001", "東京都", "渋谷区", "神宮前1-1-1", null, null);
        return new GatewayAuthorizeRequest(UUID.randomUUID(), UUID.randomUUID(), "OD-001001", "OD-001001-1", amount,
                false, customer, TestInvoices.of(amount), instrument, null, settings);
    }

    static GatewayPaymentState payment(PaymentStatus status, long amount) {
        return new GatewayPaymentState(UUID.randomUUID(), "OD-001001", "OD-001001-1", status, null, amount, 0, 0, null,
                null, Map.of("dskid", "10000000000001", "orderid", "OD-001001-1"));
    }

    static GatewayOperationRequest operation(GatewayPaymentState payment, ProviderSettings settings) {
        return new GatewayOperationRequest(payment, UUID.randomUUID(), payment.amount(), settings);
    }
}
