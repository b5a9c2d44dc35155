package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same provider fact gives the same ledger and status whichever path brought it: an operator's
 * call, a notification, a reconciliation poll, or an operator's record of what happened outside.
 */
class ProviderFactPathsIntegrationTests extends PaymentIntegrationTestSupport {

    private static final List<String> CAPTURED_THEN_CANCELLED = List.of("CAPTURE 3830", "REFUND 3830");

    @Autowired
    NotificationApplication notifications;

    @Autowired
    PaymentRepository payments;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    PlatformTransactionManager transactionManager;

    private UUID paymentOf(String number) {
        return jdbc.queryForObject("SELECT id FROM payments WHERE order_number = ?", UUID.class, number);
    }

    private List<String> ledgerOf(String number) {
        return jdbc.queryForList("SELECT kind || ' ' || amount FROM payment_ledger WHERE payment_id = ? ORDER BY recorded_at",
                String.class, paymentOf(number));
    }

    private void notify(String number, PaymentStatus reported, Long amount, String at) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> notifications.apply(
                payments.findById(paymentOf(number)).orElseThrow(), reported, reported.name(), amount,
                Instant.parse(at), Map.of()));
    }

    /** The order's payment summary follows the published PaymentStatusChanged events. */
    private void awaitOrderShows(String number, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(api.asOperator()
                .get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
    }

    @Test
    void aCaptureAndACancelGiveTheSameLedgerFromTheOperatorFromNotificationsAndFromAPoll() {
        String byOperator = authorizedOrder();
        api.asOperator().post(commandUri(byOperator, "capture"), Map.of());
        api.asOperator().post(commandUri(byOperator, "cancel"), Map.of());

        String byNotification = authorizedOrder();
        notify(byNotification, PaymentStatus.CAPTURED, 3830L, "2026-11-23T10:00:00Z");
        notify(byNotification, PaymentStatus.CANCELLED, null, "2026-11-23T11:00:00Z");

        String byPoll = authorizedOrder();
        gateway.script(OperationKind.CAPTURE, GatewayResult.unknown(OperationKind.CAPTURE, "read timeout"));
        assertThat(api.asOperator().post(commandUri(byPoll, "capture"), Map.of()).status()).isEqualTo(202);
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "SALES", 3830L, null, Map.of(), null));
        jdbc.update("UPDATE payment_operations SET next_check_at = now() - interval '1 second' WHERE resolved_at IS NULL");
        reconciliation.reconcileDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> ledgerOf(byPoll).size() == 1);
        api.asOperator().post(commandUri(byPoll, "cancel"), Map.of());

        for (String number : List.of(byOperator, byNotification, byPoll)) {
            assertThat(ledgerOf(number)).as(number).isEqualTo(CAPTURED_THEN_CANCELLED);
            assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CANCELLED");
            assertThat(paymentsOf(number).get(0).at("/refundedAmount").asLong()).isEqualTo(3830);
            awaitOrderShows(number, "CANCELLED");
        }
    }

    @Test
    void aPaidPaymentUndoneOutsideOrderDeskBooksTheSameLedgerAsTheProvidersReversal() {
        String reversedByProvider = pendingOrder();
        notify(reversedByProvider, PaymentStatus.PAID, 3830L, "2026-11-24T10:00:00Z");
        notify(reversedByProvider, PaymentStatus.CANCELLED, null, "2026-11-24T12:00:00Z");

        String recordedByOperator = pendingOrder();
        notify(recordedByOperator, PaymentStatus.PAID, 3830L, "2026-11-24T10:00:00Z");
        assertThat(api.asOperator().post(commandUri(recordedByOperator, "mark-payment-cancelled"),
                Map.of("reason", "refunded by bank transfer")).status()).isEqualTo(200);

        assertThat(ledgerOf(recordedByOperator)).isEqualTo(ledgerOf(reversedByProvider)).isEqualTo(CAPTURED_THEN_CANCELLED);
        assertThat(paymentsOf(recordedByOperator).get(0).at("/refundedAmount").asLong()).isEqualTo(3830);
        awaitOrderShows(recordedByOperator, "CANCELLED");
    }

    @Test
    void aPaymentPaidWithAnotherAmountIsBookedAtThePaidAmountAndIsAMismatch() {
        String number = pendingOrder();

        notify(number, PaymentStatus.PAID, 3000L, "2026-11-24T10:00:00Z");

        assertThat(ledgerOf(number)).containsExactly("CAPTURE 3000");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(historyOf(number)).anyMatch(line -> line.endsWith("請求 3,830円 / 入金 3,000円 / 差額 -830円"));
    }

    /** An order whose payment waits for the shopper (PENDING), as a convenience-store payment does. */
    private String pendingOrder() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.succeeded(OperationKind.AUTHORIZE, PaymentStatus.PENDING, "WAITING", Map.of()));
        String number = placeOrder(METHOD);
        // Wait until the start's answer is applied, so that its update cannot race the notifications.
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).size() == 1
                && "SUCCEEDED".equals(paymentsOf(number).get(0).at("/operations/0/outcome").asString()));
        return number;
    }
}
