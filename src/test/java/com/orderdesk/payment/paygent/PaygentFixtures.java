package com.orderdesk.payment.paygent;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.TestInvoices;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/** Builders for the Paygent adapter's plain unit tests: a fast client, settings and payments. */
final class PaygentFixtures {

    static final String MERCHANT = "M000123";
    static final String CONNECT_ID = "C000123";
    static final String PASSWORD = "connect-pw";
    static final String HASH_KEY = "hash-key-123";

    private PaygentFixtures() {
    }

    static PaygentClient client() {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        retries.retry(PaygentClient.INSTANCE, RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build());
        return new PaygentClient(new ProviderHttpClient(PaygentClient.INSTANCE, "Paygent", Duration.ofSeconds(1),
                Duration.ofMillis(700), CircuitBreakerRegistry.ofDefaults(), retries, TimeLimiterRegistry.ofDefaults()));
    }

    static ProviderSettings settings(String baseUrl) {
        return new ProviderSettings(true, ProviderSettings.Environment.PRODUCTION, baseUrl,
                Map.of("merchantId", MERCHANT, "connectId", CONNECT_ID, "connectPassword", PASSWORD, "noticeHashKey",
                        HASH_KEY),
                Map.of("paidyPublicKey", "pk_live_123", "checkoutLogoUrl", "https://shop.example/logo.png", "storeName",
                        "サンプル商会"));
    }

    static GatewayCustomer customer() {
        return new GatewayCustomer("山田 花子", "ヤマダ ハナコ", "hanako@example.jp", "03-1234-5678", "090-1234-5678", null,
                "1500001", "東京都", "渋谷区", "神宮前1-1-1", "ハイツ101", null);
    }

    static GatewayAuthorizeRequest authorize(ProviderSettings settings, long amount, boolean captureImmediately,
            Map<String, String> instrument) {
        return new GatewayAuthorizeRequest(UUID.randomUUID(), UUID.randomUUID(), "OD-001001", "OD-001001-1", amount,
                captureImmediately, customer(), TestInvoices.of(amount), instrument, null, settings);
    }

    static GatewayPaymentState payment(PaymentStatus status, long amount, long captured, long refunded) {
        return new GatewayPaymentState(UUID.randomUUID(), "OD-001001", "OD-001001-1", status, null, amount, captured,
                refunded, null, null, Map.of("paymentId", "90001200319000012018", "paidyPaymentId", "pay_abc",
                        "tradingId", "OD-001001-1"));
    }

    static GatewayOperationRequest operation(GatewayPaymentState payment, long amount, ProviderSettings settings) {
        return new GatewayOperationRequest(payment, UUID.randomUUID(), amount, settings);
    }
}
