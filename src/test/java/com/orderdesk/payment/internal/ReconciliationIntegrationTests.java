package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** UNKNOWN outcomes and orphaned log entries are resolved by asking the provider. */
class ReconciliationIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    Reconciliation reconciliation;

    @Test
    void unknownCaptureThatHappenedAtTheProviderBecomesSucceeded() {
        String number = captureWithUnknownOutcome();
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "SALES", 3830L, null, Map.of(), null));

        reconcileNow();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(3830);
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(payment.at("/operations/1/resolution").asString()).startsWith("confirmed by status query");
        assertThat(payment.at("/needsAttention").asBoolean()).isFalse();
    }

    @Test
    void unknownCaptureThatDidNotHappenIsClosedAsFailedAndCanBeRetried() {
        String number = captureWithUnknownOutcome();
        gateway.status(new GatewayStatusResult(true, PaymentStatus.AUTHORIZED, "AUTH", 3830L, null, Map.of(), null));

        reconcileNow();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("FAILED");
        assertThat(actionOf(payment, "capture").at("/allowed").asBoolean()).isTrue();
    }

    @Test
    void whenTheProviderCannotSayItIsAskedAgainLaterAndFinallyFlagged() {
        String number = captureWithUnknownOutcome();
        gateway.status(new GatewayStatusResult(true, null, "???", null, null, Map.of(), null));

        for (int check = 0; check < 5; check++) {
            reconcileNow();
        }

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(gateway.calls(OperationKind.STATUS_QUERY)).hasSize(5);
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("UNKNOWN");
        assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        assertThat(payment.at("/attentionReason").asString()).startsWith("outcome of CAPTURE 3,830円 is unknown");
        assertThat(actionOf(payment, "capture").at("/allowed").asBoolean()).isTrue();
    }

    @Test
    void anEntryLeftOpenByACrashIsReconciledToo() {
        String number = authorizedOrder();
        String paymentId = paymentsOf(number).get(0).at("/id").asString();
        jdbc.update("""
                INSERT INTO payment_operations (id, payment_id, kind, amount, actor, started_at, next_check_at)
                VALUES (gen_random_uuid(), ?::uuid, 'CAPTURE', 3830, 'operator1', now() - interval '10 minutes',
                        now() - interval '8 minutes')""", paymentId);
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "SALES", 3830L, null, Map.of(), null));

        reconcileNow();

        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(gateway.calls(OperationKind.CAPTURE)).isEmpty();
    }

    private String captureWithUnknownOutcome() {
        String number = authorizedOrder();
        gateway.script(OperationKind.CAPTURE, GatewayResult.unknown(OperationKind.CAPTURE, "read timeout"));
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(202);
        return number;
    }

    /** Makes every unresolved entry due and runs the job (the scheduled run may take some first). */
    private void reconcileNow() {
        int before = gateway.calls(OperationKind.STATUS_QUERY).size();
        jdbc.update("UPDATE payment_operations SET next_check_at = now() - interval '1 second' WHERE resolved_at IS NULL");
        reconciliation.reconcileDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> gateway.calls(OperationKind.STATUS_QUERY).size() > before);
    }
}
