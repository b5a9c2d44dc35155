package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.GatewayCapabilities.CaptureMode;
import com.orderdesk.payment.gateway.GatewayCapabilities.CustomerField;
import com.orderdesk.payment.gateway.GatewayCapabilities.RefundWindow;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The capabilities the next providers need, enforced by the core through the REST API: full-capture
 * only, automatic capture, refund windows, per-provider bulk capture pacing, maximum line count,
 * required customer data and methods of providers without an adapter.
 */
class ProviderCapabilitiesIntegrationTests extends PaymentIntegrationTestSupport {

    /** A provider known by name whose adapter is not in the application. */
    private static final ProviderCode WITHOUT_ADAPTER = ProviderCode.declare("UNBUILT_TEST", "unbuilt-test", "未実装の決済");

    private void capabilities(java.util.function.UnaryOperator<GatewayCapabilities.Builder> change) {
        gateway.capabilities(change.apply(ScriptedGateway.defaultCapabilities().toBuilder()).build());
    }

    private void awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode payments = paymentsOf(number);
            return payments.size() == 1 && payments.get(0).at("/status").asString().equals(status);
        });
    }

    @Test
    void aFullCaptureOnlyProviderRefusesAPartialCapture() {
        String number = authorizedOrder();
        capabilities(builder -> builder.fullCaptureOnly(true));

        Response partial = api.asOperator().post(commandUri(number, "capture"), Map.of("amount", 1000));

        assertThat(partial.status()).isEqualTo(409);
        assertThat(partial.json().at("/detail").asString())
                .isEqualTo("テスト決済 only captures the full authorized amount (3,830円), not 1,000円; change the amount first");
        assertThat(gateway.calls(OperationKind.CAPTURE)).isEmpty();
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of("amount", 3830)).status()).isEqualTo(200);
    }

    @Test
    void aPaymentTheProviderCapturesByItselfCannotBeCapturedByHandOrInBulk() {
        capabilities(builder -> builder.automaticCapture(true));
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE_AND_CAPTURE,
                PaymentStatus.AUTHORIZED, "AUTH", Map.of()));
        String number = placeOrder(METHOD_NOW);
        awaitStatus(number, "AUTHORIZED");

        Response manual = api.asOperator().post(commandUri(number, "capture"), Map.of());
        Response bulk = api.asOperator().post("/api/admin/payments/bulk-capture",
                Map.of("orderNumbers", List.of(number), "dryRun", true));

        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.json().at("/detail").asString()).contains("captures this payment by itself");
        assertThat(bulk.json().at("/items/0/status").asString()).isEqualTo("WOULD_FAIL");
        assertThat(bulk.json().at("/items/0/errorMessage").asString()).contains("captures this payment by itself");
        assertThat(actionOf(paymentsOf(number).get(0), "capture").at("/allowed").asBoolean()).isFalse();

        String byHand = authorizedOrder();
        assertThat(api.asOperator().post(commandUri(byHand, "capture"), Map.of()).status())
                .as("an auth-only payment of the same provider is captured by the operator").isEqualTo(200);
    }

    private String capturedDaysAgo(int days) {
        String number = authorizedOrder();
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(200);
        jdbc.update("UPDATE payments SET captured_at = ? WHERE order_number = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(days))), number);
        return number;
    }

    @Test
    void aRefundPastAHardRefundWindowIsRefused() {
        capabilities(builder -> builder.refundWindow(new RefundWindow(30, true)));
        String late = capturedDaysAgo(31);
        String inTime = capturedDaysAgo(28);

        Response refused = api.asOperator().post(commandUri(late, "refund"), Map.of("amount", 100));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/detail").asString()).startsWith("テスト決済 refunds only within 30 days of the capture");
        assertThat(gateway.calls(OperationKind.REFUND)).isEmpty();
        assertThat(api.asOperator().post(commandUri(inTime, "refund"), Map.of("amount", 100)).status()).isEqualTo(200);
    }

    @Test
    void aRefundPastAnAdvisoryRefundWindowGoesThroughWithAWarningInTheAnswerAndTheHistory() {
        capabilities(builder -> builder.refundWindow(new RefundWindow(30, false)));
        String late = capturedDaysAgo(31);
        String inTime = capturedDaysAgo(2);

        Response refunded = api.asOperator().post(commandUri(late, "refund"), Map.of("amount", 100));

        assertThat(refunded.status()).isEqualTo(200);
        assertThat(refunded.json().at("/warnings/0").asString()).startsWith("テスト決済 refunds only within 30 days")
                .endsWith("the refund is sent anyway, the provider may refuse it");
        assertThat(historyOf(late)).anyMatch(line -> line.startsWith("テスト決済 返金期限超過の警告: "));
        assertThat(gateway.calls(OperationKind.REFUND)).hasSize(1);
        assertThat(api.asOperator().post(commandUri(inTime, "refund"), Map.of("amount", 100)).json().at("/warnings")
                .size()).isZero();
    }

    @Test
    void bulkCaptureSendsAtMostTheProvidersConcurrency() {
        capabilities(builder -> builder.bulkCapture(2, 1));
        List<String> numbers = List.of(authorizedOrder(), authorizedOrder(), authorizedOrder(), authorizedOrder());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        gateway.onCall(call -> {
            if (call.kind() == OperationKind.CAPTURE) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
            }
        });

        String id = api.asOperator().post("/api/admin/payments/bulk-capture", Map.of("orderNumbers", numbers)).json()
                .at("/id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> api.asOperator()
                .get("/api/admin/payments/bulk-capture/" + id).json().at("/status").asString().equals("COMPLETED"));

        assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(4);
        assertThat(most.get()).as("captures of this provider at the same time").isEqualTo(1);
    }

    @Test
    void theProvidersSettingBulkCaptureConcurrencyOverridesTheAdaptersDefault() {
        capabilities(builder -> builder.bulkCapture(2, 1));
        Response saved = api.asAdmin().put("/api/admin/providers/" + ScriptedGateway.CODE.slug() + "/settings",
                Map.of("enabled", true, "environment", "SANDBOX", "options", Map.of("bulkCaptureConcurrency", "3")));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        List<String> numbers = List.of(authorizedOrder(), authorizedOrder(), authorizedOrder(), authorizedOrder(),
                authorizedOrder(), authorizedOrder());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        gateway.onCall(call -> {
            if (call.kind() == OperationKind.CAPTURE) {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                // Hold each capture until three are in flight (or 5 s pass), so the count does not
                // depend on how fast this machine starts the workers.
                try {
                    await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(5)).until(() -> most.get() >= 3);
                } catch (org.awaitility.core.ConditionTimeoutException fewerAtOnce) {
                    // the assertion below reports it
                }
                inFlight.decrementAndGet();
            }
        });

        String id = api.asOperator().post("/api/admin/payments/bulk-capture", Map.of("orderNumbers", numbers)).json()
                .at("/id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> api.asOperator()
                .get("/api/admin/payments/bulk-capture/" + id).json().at("/status").asString().equals("COMPLETED"));

        assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(6);
        assertThat(most.get()).as("captures of this provider at the same time: the setting, not the adapter's 1")
                .isEqualTo(3);
    }

    @Test
    void aBulkCaptureConcurrencyThatIsNotAWholeNumberInRangeIsRefusedNamingTheOption() {
        for (String wrong : List.of("0", "101", "many")) {
            Response refused = api.asAdmin().put("/api/admin/providers/" + ScriptedGateway.CODE.slug() + "/settings",
                    Map.of("enabled", true, "environment", "SANDBOX", "options", Map.of("bulkCaptureConcurrency", wrong)));

            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("options.bulkCaptureConcurrency");
        }
    }

    @Test
    void anOrderWithMoreInvoiceLinesThanTheProviderTakesIsRefusedNamingTheLines() {
        capabilities(builder -> builder.maxLineCount(2));
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", METHOD);

        Response refused = api.asOperator().post("/api/admin/orders", order);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("lines");
        assertThat(refused.json().at("/errors/0/message").asString())
                .isEqualTo("テスト決済 takes at most 2 invoice lines (products, fees, adjustment and points), this order has 3");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();
    }

    @Test
    void requiredCustomerDataIsCheckedWhenTheOrderIsPlacedByTheStoreOrTheAdmin() {
        capabilities(builder -> builder.requiredCustomerData(CustomerField.MOBILE_PHONE, CustomerField.COMPANY));
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", METHOD);
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.remove("mobilePhone");
        String storeKey = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key")
                .asString();

        Response admin = api.asOperator().post("/api/admin/orders", order);
        Response store = api.withApiKey(storeKey).post("/api/store/orders", order);

        for (Response refused : List.of(admin, store)) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.json().at("/type").asString()).endsWith("provider-requirements-not-met");
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("customer.company");
            assertThat(refused.json().at("/errors/1/field").asString()).isEqualTo("customer.mobilePhone");
            assertThat(refused.json().at("/errors/1/message").asString()).startsWith("is required by テスト決済");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();
    }

    @Test
    void requiredCustomerDataIsCheckedAgainWhenAPaymentStarts() {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", METHOD);
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.remove("mobilePhone");
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.declined(OperationKind.AUTHORIZE, "NG", "declined"));
        String number = api.asOperator().post("/api/admin/orders", order).json().at("/number").asString();
        awaitStatus(number, "FAILED");
        capabilities(builder -> builder.requiredCustomerData(CustomerField.MOBILE_PHONE));

        Response retry = api.asOperator().post(commandUri(number, "authorize"), Map.of());

        assertThat(retry.status()).as(retry.text()).isEqualTo(422);
        assertThat(retry.json().at("/errors/0/field").asString()).isEqualTo("customer.mobilePhone");
        assertThat(gateway.authorizations()).hasSize(1);
    }

    @Test
    void aPaymentMethodNeedsAProviderWithAnAdapterAndACaptureModeItOffers() {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", "PAIDY");
        method.put("name", "Paidy");
        method.put("provider", WITHOUT_ADAPTER.name());

        Response noAdapter = api.asAdmin().post("/api/admin/payment-methods", method);

        assertThat(noAdapter.status()).isEqualTo(422);
        assertThat(noAdapter.json().at("/errors/0/field").asString()).isEqualTo("provider");
        assertThat(noAdapter.json().at("/detail").asString()).contains("no adapter for 未実装の決済");

        capabilities(builder -> builder.captureModes(java.util.Set.of(CaptureMode.AUTH_ONLY)));
        method.put("provider", ScriptedGateway.CODE.name());
        method.put("captureImmediately", true);
        Response mode = api.asAdmin().post("/api/admin/payment-methods", method);

        assertThat(mode.status()).isEqualTo(422);
        assertThat(mode.json().at("/errors/0/field").asString()).isEqualTo("captureImmediately");
    }

    @Test
    void aStoredMethodOfAProviderWithoutAnAdapterIsNeverOfferedToTheStorefront() {
        Instant now = Instant.now();
        jdbc.update("""
                INSERT INTO payment_methods (code, name, provider, enabled, sort_order, capture_immediately, fee_type,
                  fixed_fee, fee_tax_category, created_at, updated_at, version)
                VALUES ('ATOBARAI', '後払い', 'UNBUILT_TEST', true, 1, false, 'FIXED', 0, 'STANDARD_10', ?, ?, 0)""",
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
        String storeKey = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key")
                .asString();

        JsonNode listed = api.withApiKey(storeKey).get("/api/store/payment-methods?amount=5000").json();

        assertThat(listed.valueStream().map(entry -> entry.at("/code").asString())).contains(METHOD)
                .doesNotContain("ATOBARAI");
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", "ATOBARAI");
        Response refused = api.asOperator().post("/api/admin/orders", order);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("OrderDesk has no adapter for 未実装の決済");
    }
}
