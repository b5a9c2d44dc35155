package com.orderdesk.payment.kakebarai;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.orderdesk.customer.BuyerAccountView;
import com.orderdesk.customer.BuyerAccounts;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayAuthorizeRequest;
import com.orderdesk.payment.gateway.GatewayCustomer;
import com.orderdesk.payment.gateway.GatewayInvoice;
import com.orderdesk.payment.gateway.GatewayOperationRequest;
import com.orderdesk.payment.gateway.GatewayPaymentState;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.TestInvoices;
import com.orderdesk.payment.gateway.kit.ProviderHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

/** Builders for the kakebarai adapter's unit tests: a fast client, settings, buyers and replies. */
final class KakebaraiFixtures {

    static final String TRADER_CODE = "123456789";
    static final String PASSWORD = "kk-s3cret";
    static final UUID CUSTOMER = UUID.fromString("0b7d4c1e-58f3-4a3c-9d7e-2f6a1b9c8d01");
    static final String BUYER = "OD0B7D4C1E58F34A3C9D";

    private KakebaraiFixtures() {
    }

    /** Reads time out after 4 s: the first call of a cold JVM on a loaded machine took more than 1.5 s. */
    static KakebaraiClient client() {
        RetryRegistry retries = RetryRegistry.ofDefaults();
        retries.retry(KakebaraiClient.INSTANCE, RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build());
        return new KakebaraiClient(new ProviderHttpClient(KakebaraiClient.INSTANCE, "クロネコ掛け払い", Duration.ofSeconds(1),
                Duration.ofSeconds(4), CircuitBreakerRegistry.ofDefaults(), retries, TimeLimiterRegistry.ofDefaults()));
    }

    static ProviderSettings settings(String baseUrl, Map<String, String> options) {
        return new ProviderSettings(true, ProviderSettings.Environment.PRODUCTION, baseUrl,
                Map.of("traderCode", TRADER_CODE, "password", PASSWORD), options);
    }

    /** Buyer accounts knowing {@link #CUSTOMER} as buyer {@link #BUYER} with the given screening status. */
    static BuyerAccounts buyers(String screeningStatus, boolean approved) {
        BuyerAccounts buyers = mock(BuyerAccounts.class);
        BuyerAccountView view = new BuyerAccountView(CUSTOMER, BUYER, screeningStatus, approved, true, false,
                Instant.parse("2026-11-01T00:00:00Z"), null, null, null, null, Map.of(), null);
        when(buyers.find(CUSTOMER)).thenReturn(Optional.of(view));
        return buyers;
    }

    static GatewayAuthorizeRequest authorize(ProviderSettings settings, GatewayInvoice invoice) {
        GatewayCustomer customer = new GatewayCustomer("山田 太郎", "ヤマダ タロウ", "taro@example.jp", "03-1234-5678", null,
                "山田商事", "1500001", "東京都", "渋谷区", "神宮前1-1-1", null, CUSTOMER.toString());
        return new GatewayAuthorizeRequest(UUID.randomUUID(), UUID.randomUUID(), "OD-001001", "OD-001001-1",
                invoice.total(), false, customer, invoice, Map.of(), null, settings);
    }

    static GatewayAuthorizeRequest authorize(ProviderSettings settings, long amount) {
        return authorize(settings, TestInvoices.of(amount));
    }

    static GatewayPaymentState payment(PaymentStatus status, long amount) {
        return new GatewayPaymentState(UUID.randomUUID(), "OD-001001", "OD-001001-1", status, "登録", amount,
                status == PaymentStatus.CAPTURED ? amount : 0, 0, null, null,
                Map.of("orderNo", "OD-001001-1", "buyerId", BUYER));
    }

    static GatewayOperationRequest operation(GatewayPaymentState payment, ProviderSettings settings) {
        return new GatewayOperationRequest(payment, UUID.randomUUID(), payment.amount(), settings);
    }

    static LocalDate today() {
        return LocalDate.of(2026, 11, 23);
    }

    /** A kakebarai XML reply (root {@code <return>}, as Yamato's sibling API answers; the root is not public). */
    static ResponseDefinitionBuilder xml(String... fields) {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><return>");
        for (int i = 0; i < fields.length; i += 2) {
            body.append('<').append(fields[i]).append('>').append(fields[i + 1]).append("</").append(fields[i]).append('>');
        }
        body.append("</return>");
        return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
                .withBody(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static ResponseDefinitionBuilder ok(String... fields) {
        String[] all = new String[fields.length + 4];
        all[0] = "returnCode";
        all[1] = "0";
        all[2] = "returnDate";
        all[3] = "20261123120000";
        System.arraycopy(fields, 0, all, 4, fields.length);
        return xml(all);
    }

    static ResponseDefinitionBuilder error(String code) {
        return xml("returnCode", "1", "errorCode", code, "returnDate", "20261123120000");
    }

    static List<String> apis() {
        return List.of("AN010", "AN020", "AN030", "AN040", "AN050", "AN060", "AN070");
    }
}
