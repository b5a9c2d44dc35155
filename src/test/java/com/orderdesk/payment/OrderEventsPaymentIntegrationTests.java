package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.order.OrderChannel;
import com.orderdesk.order.OrderPlaced;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.gateway.AmountChangePlan;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Order events drive payments; the order's payment summary follows the payment status. */
class OrderEventsPaymentIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void placedOrderGetsOnePaymentAndTheOrderShowsItsStatus() {
        String number = authorizedOrder();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                "AUTHORIZED".equals(api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
        assertThat(gateway.calls(OperationKind.AUTHORIZE)).hasSize(1);
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("テスト決済 決済開始 3,830円"))
                .contains("テスト決済 仮売上 3,830円 by system: 成功");
    }

    @Test
    void aRedeliveredOrderPlacedCreatesNoSecondPayment() {
        String number = authorizedOrder();
        UUID orderId = jdbc.queryForObject("SELECT order_id FROM payments", UUID.class);

        publishInTransaction(new OrderPlaced(orderId, number, OrderChannel.ADMIN,
                3830, Instant.now(), null, null, METHOD));

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> paymentsOf(number).size() == 1);
        assertThat(gateway.calls(OperationKind.AUTHORIZE)).hasSize(1);
    }

    @Test
    void amountChangeIsAppliedAtTheProvider() {
        String number = authorizedOrder();

        editTeaQuantityToOne(number);

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).get(0).at("/amount").asLong() == 2730);
        assertThat(gateway.calls(OperationKind.CHANGE_AMOUNT)).extracting(ScriptedGateway.Call::amount)
                .containsExactly(2730L);
    }

    @Test
    void amountChangeTheProviderCannotFollowFlagsThePayment() {
        String number = authorizedOrder();
        gateway.plan(AmountChangePlan.notPossible("the invoice is already issued"));

        editTeaQuantityToOne(number);

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).get(0).at("/needsAttention").asBoolean());
        assertThat(paymentsOf(number).get(0).at("/attentionReason").asString())
                .isEqualTo("order total changed to 2,730円; the provider cannot follow: the invoice is already issued;"
                        + " the payment stays at 3,830円 and the order is not ready to ship until they agree");
        assertThat(paymentsOf(number).get(0).at("/amount").asLong()).isEqualTo(3830);
        // Order total and payment amount disagree: the order waits (issue 9's one rule).
        ReadyToShip.await(api, number, false);
    }

    @Test
    void cancelledOrderCancelsItsPayment() {
        String number = authorizedOrder();

        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"))
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> paymentsOf(number).get(0).at("/status").asString().equals("CANCELLED"));
    }

    @Test
    void cancelledOrderWhosePaymentCannotBeCancelledIsFlagged() {
        String number = authorizedOrder();
        gateway.script(OperationKind.CANCEL, GatewayResult.declined(OperationKind.CANCEL, "C01", "already invoiced"));

        api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).get(0).at("/needsAttention").asBoolean());
        assertThat(paymentsOf(number).get(0).at("/attentionReason").asString())
                .isEqualTo("order cancelled; cancel refused by the provider: DECLINED C01 already invoiced");
    }

    @Test
    void paymentMethodChangeSettlesTheOldAttemptAndStartsANewOne() {
        String number = authorizedOrder();

        api.asOperator().patch("/api/admin/orders/" + number, Map.of("paymentMethodCode", METHOD_NOW));

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).size() == 2
                && paymentsOf(number).get(1).at("/status").asString().equals("CAPTURED"));
        JsonNode attempts = paymentsOf(number);
        assertThat(attempts.get(0).at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(attempts.get(1).at("/paymentMethodCode").asString()).isEqualTo(METHOD_NOW);
    }

    @Test
    void declinedStartLeavesAFailedPaymentAndTheOperatorCanRetry() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.declined(OperationKind.AUTHORIZE, "G12", "カード未決済"));
        String number = placeOrder(METHOD);
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).size() == 1
                && paymentsOf(number).get(0).at("/status").asString().equals("FAILED"));

        var retry = api.asOperator().post(commandUri(number, "authorize"), Map.of("instrument", Map.of("storedCard", "1")));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().at("/payment/attempt").asInt()).isEqualTo(2);
        assertThat(retry.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
    }

    @Test
    void aDeclinedAuthorizeIsAnsweredWithTheFailedPaymentNotAnError() {
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.declined(OperationKind.AUTHORIZE, "G12", "カード未決済"));
        gateway.script(OperationKind.AUTHORIZE, GatewayResult.declined(OperationKind.AUTHORIZE, "G12", "カード未決済"));
        String number = placeOrder(METHOD);
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).size() == 1
                && paymentsOf(number).get(0).at("/status").asString().equals("FAILED"));

        var retry = api.asOperator().post(commandUri(number, "authorize"), Map.of("instrument", Map.of("storedCard", "1")));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().at("/outcome").asString()).isEqualTo("DECLINED");
        assertThat(retry.json().at("/payment/status").asString()).isEqualTo("FAILED");
        assertThat(retry.json().at("/payment/operations/0/providerCode").asString()).isEqualTo("G12");
    }

    /** Publishes inside a transaction, as the order module does, so that the module listener hears it. */
    private void publishInTransaction(Object event) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> events.publishEvent(event));
    }

    /** 1 × 1,100 + 1 × 1,080 + 550 shipping: the total drops from 3,830 to 2,730 yen. */
    private void editTeaQuantityToOne(String number) {
        var response = api.asOperator().patch("/api/admin/orders/" + number, Map.of("lines", List.of(
                TestOrders.line("TEA-001", 1100, 1, "STANDARD_10"),
                TestOrders.line("FOOD-001", 1080, 1, "REDUCED_8"))));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
