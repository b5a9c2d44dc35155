package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
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
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("クロネコ掛け払い 与信期限切れ"));
        await().atMost(Duration.ofSeconds(10)).until(() -> "EXPIRED".equals(
                api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
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
