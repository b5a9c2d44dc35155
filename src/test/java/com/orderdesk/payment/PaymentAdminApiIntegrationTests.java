package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayCapabilities;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ProviderUnavailable;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Operators' payment commands through the REST API, on PostgreSQL, against the scripted gateway. */
class PaymentAdminApiIntegrationTests extends PaymentIntegrationTestSupport {

    @Test
    void placedOrderIsAuthorizedAndListsItsPaymentWithActions() {
        String number = authorizedOrder();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/provider").asString()).isEqualTo("SCRIPTED");
        assertThat(payment.at("/providerOrderId").asString()).isEqualTo(number + "-1");
        assertThat(payment.at("/amount").asLong()).isEqualTo(3830);
        assertThat(payment.at("/authorizedAmount").asLong()).isEqualTo(3830);
        assertThat(payment.at("/providerStatus").asString()).isEqualTo("AUTH");
        assertThat(payment.at("/authorizedUntil").isMissingNode()).isFalse();
        assertThat(payment.at("/captureBy").asString()).as("the last capture day as a Japan date")
                .isEqualTo(java.time.Instant.parse(payment.at("/authorizedUntil").asString()).minusSeconds(1)
                        .atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().toString());
        assertThat(payment.at("/references/transactionId").asString()).isEqualTo("TX-" + number + "-1");
        assertThat(payment.at("/references/accessPass").asString()).isEqualTo("****");
        assertThat(actionOf(payment, "capture").at("/allowed").asBoolean()).isTrue();
        assertThat(actionOf(payment, "refund").at("/reason").asString())
                .isEqualTo("refund is only possible after capture (payment is AUTHORIZED)");
        assertThat(payment.at("/operations/0/kind").asString()).isEqualTo("AUTHORIZE");
        assertThat(payment.at("/operations/0/outcome").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void captureWritesTheLogBeforeCallingAndTheLedgerAndHistoryAfter() {
        String number = authorizedOrder();
        AtomicReference<Map<String, Object>> rowAtCallTime = new AtomicReference<>();
        gateway.onCall(call -> rowAtCallTime.set(jdbc.queryForMap(
                "SELECT kind, amount, outcome, actor FROM payment_operations WHERE id = ?", call.operationId())));

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(rowAtCallTime.get()).containsEntry("kind", "CAPTURE").containsEntry("amount", 3830L)
                .containsEntry("actor", "operator1");
        assertThat(rowAtCallTime.get().get("outcome")).isNull();
        JsonNode payment = response.json().at("/payment");
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(3830);
        assertThat(payment.at("/refundableAmount").asLong()).isEqualTo(3830);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_ledger WHERE kind = 'CAPTURE'", Long.class))
                .isEqualTo(1);
        assertThat(historyOf(number)).contains("テスト決済 実売上 3,830円 by operator1: 成功");
    }

    @Test
    void secondCaptureIsRefusedWithTheReason() {
        String number = authorizedOrder();
        api.asOperator().post(commandUri(number, "capture"), Map.of());

        Response again = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/detail").asString())
                .isEqualTo("capture is only possible while AUTHORIZED (payment is CAPTURED)");
        assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(1);
    }

    @Test
    void captureAfterTheAuthorizationWindowIsRefused() {
        String number = authorizedOrder();
        jdbc.update("UPDATE payments SET auth_expires_at = now() - interval '1 day'");

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/detail").asString()).isEqualTo("capture window of 60 days has passed");
        assertThat(gateway.calls(OperationKind.CAPTURE)).isEmpty();
    }

    @Test
    void providerDeclineIsA422CarryingTheProviderCodeAndLeavesThePaymentAsItWas() {
        String number = authorizedOrder();
        gateway.script(OperationKind.CAPTURE, GatewayResult.declined(OperationKind.CAPTURE, "E01|E01040010",
                "取引の状態が不正です"));

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:provider-declined");
        assertThat(response.json().at("/providerCode").asString()).isEqualTo("E01|E01040010");
        assertThat(response.json().at("/providerMessage").asString()).isEqualTo("取引の状態が不正です");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("DECLINED");
        assertThat(payment.at("/operations/1/providerCode").asString()).isEqualTo("E01|E01040010");
        assertThat(historyOf(number)).contains("テスト決済 実売上 3,830円 by operator1: 拒否 (E01|E01040010 取引の状態が不正です)");
    }

    @Test
    void technicalFailureIsA502() {
        String number = authorizedOrder();
        gateway.script(OperationKind.CAPTURE, GatewayResult.failed(OperationKind.CAPTURE, "HTTP 400", "bad request"));

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(502);
        assertThat(response.json().at("/providerMessage").asString()).isEqualTo("bad request");
    }

    @Test
    void unavailableProviderIsA503WithRetryAfterAndNothingChanges() {
        String number = authorizedOrder();
        gateway.onCall(call -> {
            throw new ProviderUnavailable(ScriptedGateway.CODE, "circuit open", Duration.ofSeconds(30));
        });

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("30");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("FAILED");
        assertThat(actionOf(payment, "capture").at("/allowed").asBoolean()).isTrue();
    }

    @Test
    void aMissingCredentialIsA422AndLeavesNoOpenOperation() {
        String number = authorizedOrder();
        gateway.onCall(call -> {
            throw new com.orderdesk.payment.gateway.ProviderNotConfigured("credential 'ShopPass' is not set");
        });

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:provider-not-configured");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("FAILED");
        assertThat(actionOf(payment, "capture").at("/allowed").asBoolean()).isTrue();
    }

    @Test
    void partialRefundsUpToTheRemainder() {
        String number = authorizedOrder();
        api.asOperator().post(commandUri(number, "capture"), Map.of());

        Response part = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 1000));
        Response tooMuch = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 3000));
        Response rest = api.asOperator().post(commandUri(number, "refund"), Map.of());

        assertThat(part.status()).isEqualTo(200);
        assertThat(part.json().at("/payment/status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(part.json().at("/payment/refundableAmount").asLong()).isEqualTo(2830);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().at("/detail").asString())
                .isEqualTo("refund of 3,000円 must be between 1円 and the refundable remainder 2,830円");
        assertThat(rest.json().at("/payment/status").asString()).isEqualTo("REFUNDED");
        assertThat(rest.json().at("/payment/refundedAmount").asLong()).isEqualTo(3830);
    }

    @Test
    void partialRefundIsRefusedWhenTheProviderOnlyRefundsInFull() {
        String number = authorizedOrder();
        api.asOperator().post(commandUri(number, "capture"), Map.of());
        gateway.capabilities(ScriptedGateway.defaultCapabilities().toBuilder().refunds(false).build());

        Response response = api.asOperator().post(commandUri(number, "refund"), Map.of("amount", 100));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/detail").asString()).isEqualTo("テスト決済 only refunds in full (3,830円)");
    }

    @Test
    void cancelRecordsWhatTheProviderDid() {
        String number = authorizedOrder();

        Response response = api.asOperator().post(commandUri(number, "cancel"), Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/payment/status").asString()).isEqualTo("CANCELLED");
        assertThat(response.json().at("/payment/operations/1/performedKind").asString()).isEqualTo("VOID");
        assertThat(historyOf(number)).contains("テスト決済 取消(当日) 3,830円 by operator1: 成功");
    }

    @Test
    void cancelOutsideTheProvidersCancellableStatusesIsRefused() {
        String number = authorizedOrder();
        gateway.capabilities(ScriptedGateway.defaultCapabilities().toBuilder()
                .cancellableFrom(PaymentStatus.PENDING).build());

        Response response = api.asOperator().post(commandUri(number, "cancel"), Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/detail").asString())
                .isEqualTo("cancel is only possible while unpaid (PENDING) (payment is AUTHORIZED)");
    }

    @Test
    void changeAmountDryRunShowsThePlanWithoutCalling() {
        String number = authorizedOrder();

        Response response = api.asOperator().post(commandUri(number, "change-amount"), Map.of("amount", 3000, "dryRun", true));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/executed").asBoolean()).isFalse();
        assertThat(response.json().at("/plan/strategy").asString()).isEqualTo("CHANGE_IN_PLACE");
        assertThat(gateway.calls(OperationKind.CHANGE_AMOUNT)).isEmpty();
    }

    @Test
    void changeAmountInPlaceKeepsTheAuthorization() {
        String number = authorizedOrder();

        Response response = api.asOperator().post(commandUri(number, "change-amount"), Map.of("amount", 3000));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/payment/amount").asLong()).isEqualTo(3000);
        assertThat(response.json().at("/payment/authorizedAmount").asLong()).isEqualTo(3000);
        assertThat(gateway.calls(OperationKind.CHANGE_AMOUNT)).extracting(ScriptedGateway.Call::amount)
                .containsExactly(3000L);
    }

    @Test
    void changeAmountOfACapturedPaymentRefundsTheDifferenceWhenThePlanSaysSo() {
        String number = authorizedOrder();
        api.asOperator().post(commandUri(number, "capture"), Map.of());
        gateway.plan(new AmountChangePlan(AmountChangePlan.Strategy.REFUND_DIFFERENCE, List.of("refund 830円"), null));

        Response response = api.asOperator().post(commandUri(number, "change-amount"), Map.of("amount", 3000));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/payment/amount").asLong()).isEqualTo(3000);
        assertThat(response.json().at("/payment/refundedAmount").asLong()).isEqualTo(830);
        assertThat(response.json().at("/payment/status").asString()).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void changeAmountByCancelAndReissueStartsANewAttempt() {
        String number = authorizedOrder();
        gateway.plan(new AmountChangePlan(AmountChangePlan.Strategy.CANCEL_AND_REISSUE, List.of("cancel", "re-issue"),
                null));

        Response response = api.asOperator().post(commandUri(number, "change-amount"), Map.of("amount", 4000));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/payment/attempt").asInt()).isEqualTo(2);
        assertThat(response.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(response.json().at("/payment/amount").asLong()).isEqualTo(4000);
        JsonNode all = paymentsOf(number);
        assertThat(all.get(0).at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(all.get(1).at("/providerOrderId").asString()).isEqualTo(number + "-2");
    }

    @Test
    void changeAmountTheProviderCannotFollowIsRefused() {
        String number = authorizedOrder();
        gateway.plan(AmountChangePlan.notPossible("captured in a closed month"));

        Response response = api.asOperator().post(commandUri(number, "change-amount"), Map.of("amount", 3000));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/detail").asString()).contains("captured in a closed month");
    }

    @Test
    void unknownOutcomeAnswers202AndBlocksFurtherActionsUntilReconciled() {
        String number = authorizedOrder();
        gateway.script(OperationKind.CAPTURE, GatewayResult.unknown(OperationKind.CAPTURE, "read timeout"));

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());
        Response cancel = api.asOperator().post(commandUri(number, "cancel"), Map.of());

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().at("/outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(response.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().at("/detail").asString()).contains("still unresolved");
        assertThat(historyOf(number)).contains("テスト決済 実売上 3,830円 by operator1: 結果不明(照会します) (read timeout)");
    }

    @Test
    void paymentsOfAnUnknownOrderAre404() {
        assertThat(api.asOperator().get("/api/admin/orders/OD-999999/payments").status()).isEqualTo(404);
    }
}
