package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Provider drift and the attention list, end to end: a notification reporting a capture or refund
 * OrderDesk did not make flags the payment and holds its operations until an operator resolves the
 * flag through the admin API; flags are listed with their reasons; a later provider fact settles a
 * flag whose cause it answers.
 */
class ProviderDriftIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    NotificationInbox inbox;

    @Autowired
    Reconciliation reconciliation;

    @Test
    void aCaptureMadeInTheProviderConsoleFlagsThePaymentAndHoldsOperationsUntilAnOperatorResolvesIt() {
        String number = authorizedOrder();

        notify(number, "D-1", "CAPTURED", "2026-11-23T10:00:00Z");

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).as("the provider's state is applied").isEqualTo("CAPTURED");
        assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        assertThat(payment.at("/attentionReason").asString()).contains("reports CAPTURED", "provider's console");
        assertThat(actionOf(payment, "refund").at("/allowed").asBoolean()).isFalse();
        Response refused = api.asOperator().post(commandUri(number, "refund"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/detail").asString()).contains("an operator must first confirm",
                "/api/admin/orders/" + number + "/payment/attention/resolve");
        assertThat(gateway.calls(OperationKind.REFUND)).isEmpty();

        JsonNode listed = api.asOperator().get("/api/admin/payments?needsAttention=true").json();
        assertThat(listed.at("/totalElements").asLong()).isEqualTo(1);
        assertThat(listed.at("/items/0/orderNumber").asString()).isEqualTo(number);
        assertThat(listed.at("/items/0/cause").asString()).isEqualTo("PROVIDER_DRIFT");
        assertThat(listed.at("/items/0/blocksOperations").asBoolean()).isTrue();
        assertThat(listed.at("/items/0/reason").asString()).contains("provider's console");

        Response withoutReason = api.asOperator().post(resolveUri(number), Map.of());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.text()).contains("reason");
        Response resolved = api.asOperator().post(resolveUri(number),
                Map.of("reason", "店長が管理画面で売上確定したことを確認"));
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        assertThat(resolved.json().at("/needsAttention").asBoolean()).isFalse();
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith(ScriptedGateway.CODE.displayName()
                + " 要確認 解除 by operator1: 店長が管理画面で売上確定したことを確認"));
        assertThat(api.asOperator().get("/api/admin/payments?needsAttention=true").json().at("/totalElements")
                .asLong()).isZero();
        assertThat(api.asOperator().post(commandUri(number, "refund"), Map.of()).status()).isEqualTo(200);
        assertThat(api.asOperator().post(resolveUri(number), Map.of("reason", "again")).status())
                .as("nothing left to resolve").isEqualTo(409);
    }

    @Test
    void aRefundMadeInTheConsoleAfterOrderDesksCaptureIsDriftButTheCaptureItselfIsNot() {
        String number = authorizedOrder();
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(200);

        notify(number, "D-2", "CAPTURED", "2026-11-23T10:00:00Z");
        assertThat(paymentsOf(number).get(0).at("/needsAttention").asBoolean()).as("OrderDesk captured").isFalse();

        notify(number, "D-3", "REFUNDED", "2026-11-23T11:00:00Z");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("REFUNDED");
        assertThat(payment.at("/attentionReason").asString()).contains("reports REFUNDED (was CAPTURED)");
    }

    @Test
    void aLaterProviderFactSettlesAnUnknownOutcomeFlag() {
        String number = authorizedOrder();
        gateway.script(OperationKind.CAPTURE, GatewayResult.unknown(OperationKind.CAPTURE, "read timeout"));
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(202);
        gateway.status(new GatewayStatusResult(true, null, "???", null, null, Map.of(), null));
        for (int check = 0; check < 5; check++) {
            jdbc.update("UPDATE payment_operations SET next_check_at = now() - interval '1 second'"
                    + " WHERE resolved_at IS NULL");
            reconciliation.reconcileDue();
        }
        JsonNode flagged = api.asOperator().get("/api/admin/payments?needsAttention=true").json();
        assertThat(flagged.at("/items/0/cause").asString()).isEqualTo("UNKNOWN_OUTCOME");
        assertThat(flagged.at("/items/0/blocksOperations").asBoolean()).isFalse();

        notify(number, "D-4", "CAPTURED", "2026-11-23T10:00:00Z");

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/needsAttention").asBoolean()).as("the capture that was unknown is confirmed").isFalse();
        assertThat(historyOf(number)).anyMatch(line -> line.contains("要確認 解消 (CAPTURED confirmed by the provider)"));
    }

    @Test
    void theListIsPagedAndChecksItsParameters() {
        String first = authorizedOrder();
        String second = authorizedOrder();
        notify(first, "D-5", "CAPTURED", "2026-11-23T10:00:00Z");
        notify(second, "D-6", "CAPTURED", "2026-11-23T10:00:00Z");

        JsonNode page = api.asOperator().get("/api/admin/payments?needsAttention=true&size=1&page=1").json();
        JsonNode all = api.asOperator().get("/api/admin/payments?size=10").json();

        assertThat(page.at("/items").size()).isEqualTo(1);
        assertThat(page.at("/totalElements").asLong()).isEqualTo(2);
        assertThat(page.at("/totalPages").asLong()).isEqualTo(2);
        assertThat(all.at("/items").size()).isEqualTo(2);
        Response tooLarge = api.asOperator().get("/api/admin/payments?needsAttention=true&size=500");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.text()).contains("size");
    }

    private void notify(String number, String key, String status, String at) {
        var raw = ScriptedGateway.notification("key=" + key + "&order=" + number + "-1&status=" + status + "&at=" + at);
        UUID id = inbox.accept(raw, gateway.parsed(raw));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT status FROM payment_notifications WHERE id = ?", String.class, id).equals("PROCESSED"));
    }

    private static String resolveUri(String number) {
        return "/api/admin/orders/" + number + "/payment/attention/resolve";
    }
}
