package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Capture windows: the expiring and capturable listings, and authorizations expiring by themselves. */
class AuthorizationExpiryIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    AuthorizationExpiry expiry;

    @Test
    void listsAuthorizationsWhoseWindowEndsWithinTheGivenDays() {
        String soon = authorizedOrder();
        String later = authorizedOrder();
        jdbc.update("UPDATE payments SET auth_expires_at = now() + interval '3 days' WHERE order_number = ?", soon);

        JsonNode withinWeek = api.asOperator().get("/api/admin/payments/expiring?withinDays=7").json().at("/payments");
        JsonNode withinDay = api.asOperator().get("/api/admin/payments/expiring?withinDays=1").json().at("/payments");

        assertThat(withinWeek).hasSize(1);
        assertThat(withinWeek.get(0).at("/orderNumber").asString()).isEqualTo(soon);
        assertThat(withinDay).isEmpty();
        assertThat(later).isNotEqualTo(soon);
        assertThat(api.asOperator().get("/api/admin/payments/expiring?withinDays=-1").status()).isEqualTo(400);
    }

    @Test
    void anAuthorizationPastItsWindowExpiresAndCanNoLongerBeCaptured() {
        String number = authorizedOrder();
        jdbc.update("UPDATE payments SET auth_expires_at = now() - interval '1 minute'");

        expiry.expireDue();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("EXPIRED");
        assertThat(actionOf(payment, "capture").at("/reason").asString()).isEqualTo("capture window of 60 days has passed");
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("テスト決済 与信期限切れ"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "EXPIRED".equals(
                api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
    }

    @Test
    void anUnpaidPaymentExpiresADayAfterItsShopperDeadline() {
        GatewayResult unpaid = new GatewayResult(GatewayOutcome.PENDING, OperationKind.AUTHORIZE,
                PaymentStatus.PENDING, "未入金", Map.of(), new NextAction(NextAction.Type.PAYMENT_PAGE,
                        "https://pay.example/select", Map.of(), Instant.now().plus(Duration.ofDays(5))), null, null,
                null);
        gateway.script(OperationKind.AUTHORIZE, unpaid);
        gateway.script(OperationKind.AUTHORIZE, unpaid);
        String lapsed = placeOrder(METHOD);
        String withinGrace = placeOrder(METHOD);
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(lapsed).get(0).at("/nextAction/type").asString()
                .equals("PAYMENT_PAGE") && paymentsOf(withinGrace).get(0).at("/nextAction/type").asString()
                .equals("PAYMENT_PAGE"));
        // Time moves: the deadline passed 25 hours ago for one, 23 hours ago for the other.
        jdbc.update("UPDATE payments SET next_action_expires_at = now() - interval '25 hours' WHERE order_number = ?",
                lapsed);
        jdbc.update("UPDATE payments SET next_action_expires_at = now() - interval '23 hours' WHERE order_number = ?",
                withinGrace);

        expiry.expireDue();

        assertThat(paymentsOf(lapsed).get(0).at("/status").asString()).isEqualTo("EXPIRED");
        assertThat(paymentsOf(lapsed).get(0).at("/nextAction/type").asString()).isEqualTo("NONE");
        assertThat(paymentsOf(withinGrace).get(0).at("/status").asString()).isEqualTo("PENDING");
        assertThat(historyOf(lapsed)).anyMatch(line -> line.startsWith("テスト決済 支払期限切れ: 3,830円 unpaid"));
    }

    @Test
    void capturableListsAuthorizedPaymentsInsideTheirWindowOnly() {
        String open = authorizedOrder();
        String captured = authorizedOrder();
        String lapsed = authorizedOrder();
        api.asOperator().post(commandUri(captured, "capture"), Map.of());
        jdbc.update("UPDATE payments SET auth_expires_at = now() - interval '1 minute' WHERE order_number = ?", lapsed);

        JsonNode capturable = api.asOperator().get("/api/admin/payments/capturable").json().at("/payments");

        assertThat(capturable).hasSize(1);
        assertThat(capturable.get(0).at("/orderNumber").asString()).isEqualTo(open);
    }

    @Test
    void ordersAreFoundByTheProvidersTransactionId() {
        String number = authorizedOrder();
        authorizedOrder();

        JsonNode found = api.asOperator().get("/api/admin/orders?reference=TX-" + number + "-1").json().at("/items");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).at("/number").asString()).isEqualTo(number);
    }
}
