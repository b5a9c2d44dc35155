package com.orderdesk.payment.atobarai;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayInvoice.TaxTotal;
import com.orderdesk.payment.gateway.GatewayLine;
import com.orderdesk.payment.gateway.GatewayLine.Kind;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.GatewayRecipient;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import com.orderdesk.shared.TaxCategory;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.jspecify.annotations.Nullable;

/** Builders for the atobarai adapter's plain tests: a fast client, settings, requests and payments. */
public final class AtobaraiFixtures {

    public static final String STORE_CODE = "12345678901";
    public static final String PASSWORD = "pw123456";
    static final LocalDate ORDER_DATE = LocalDate.of(2026, 11, 23);

    private AtobaraiFixtures() {
    }

    static AtobaraiClient client() {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        retries.retry(AtobaraiClient.INSTANCE, RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build());
        return new AtobaraiClient(new ProviderHttpClient(AtobaraiClient.INSTANCE, "クロネコ代金後払い", Duration.ofSeconds(1),
                Duration.ofMillis(2000), CircuitBreakerRegistry.ofDefaults(), retries, TimeLimiterRegistry.ofDefaults()));
    }

    public static ProviderSettings settings(String baseUrl, Map<String, String> options) {
        return new ProviderSettings(true, ProviderSettings.Environment.TEST, baseUrl,
                Map.of("ycfStrCode", STORE_CODE, "password", PASSWORD), options);
    }

    public static GatewayCustomer customer() {
        return new GatewayCustomer("山田 太郎", "ヤマダ タロウ", "taro@example.jp", "03-1234-5678", "090-1234-5678", null,
                "150-0001", "東京都", "渋谷区", "神宮前1-1-1", "ハイツ101", null);
    }

    /** Two products, shipping and a points line: 3,000 + 2×500 + 700 − 200 = 4,500 yen. */
    public static GatewayInvoice invoice(@Nullable LocalDate wished, GatewayRecipient to) {
        List<GatewayLine> lines = List.of(
                new GatewayLine(Kind.PRODUCT, "A-1", "Tシャツ", 3000, 1, TaxCategory.STANDARD_10),
                new GatewayLine(Kind.PRODUCT, "B-2", "靴下", 500, 2, TaxCategory.STANDARD_10),
                new GatewayLine(Kind.SHIPPING_FEE, "SHIPPING", "送料", 700, 1, TaxCategory.STANDARD_10),
                new GatewayLine(Kind.POINTS, "POINTS", "ポイント利用 (10%)", -200, 1, TaxCategory.STANDARD_10));
        return new GatewayInvoice(ORDER_DATE, wished, null, lines,
                List.of(new TaxTotal(TaxCategory.STANDARD_10, 4500, 409)), 4500, to);
    }

    public static GatewayRecipient buyer() {
        return new GatewayRecipient("山田 太郎", "ヤマダ タロウ", "03-1234-5678", null, "1500001", "東京都", "渋谷区",
                "神宮前1-1-1", "ハイツ101");
    }

    public static GatewayAuthorizeRequest authorize(ProviderSettings settings, String type) {
        return authorize(settings, type, "OD-001001-1", invoice(null, buyer()));
    }

    public static GatewayAuthorizeRequest authorize(ProviderSettings settings, String type, String orderNo,
            GatewayInvoice invoice) {
        return new GatewayAuthorizeRequest(UUID.randomUUID(), UUID.randomUUID(), "OD-001001", orderNo, invoice.total(),
                false, customer(), invoice, Map.of("atobaraiType", type), null, settings);
    }

    static GatewayPaymentState payment(PaymentStatus status, long amount, Map<String, String> references) {
        return new GatewayPaymentState(UUID.randomUUID(), "OD-001001", "OD-001001-1", status, null, amount, 0, 0, null,
                null, references);
    }

    static GatewayOperationRequest operation(GatewayPaymentState payment, ProviderSettings settings, long amount,
            @Nullable GatewayInvoice invoice) {
        return new GatewayOperationRequest(payment, UUID.randomUUID(), amount, settings, invoice);
    }

    static byte[] xml(String inner) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><return>" + inner + "</return>").getBytes(StandardCharsets.UTF_8);
    }
}
