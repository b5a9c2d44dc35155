package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.orderdesk.payment.internal.PaymentJobsNow;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Paidy payments of closed orders, and checkouts the shopper never finishes. Manual 8-補足①: an order
 * moved to the cancel list without 売上確定 can still be cancelled or captured; 8-補足②: captured and
 * then cancelled, it stays refundable; 受注完了明細 likewise keeps its payment operations (7-6, 10-5).
 */
class PaygentClosedOrderIntegrationTests extends PaygentScenarioSupport {

    @Autowired
    PaymentJobsNow jobs;

    @Test
    void captureAndCancelStayPossibleOnACompletedOrder() {
        String captured = completed(authorized(AUTH_ONLY));
        replies("341", "result=0");
        Response capture = api.asOperator().post(commandUri(captured, "capture"), Map.of());
        assertThat(capture.status()).as(capture.text()).isEqualTo(200);
        assertThat(capture.json().at("/payment/status").asString()).isEqualTo("CAPTURED");

        String cancelled = completed(authorized(AUTH_ONLY));
        replies("340", "result=0");
        Response cancel = api.asOperator().post(commandUri(cancelled, "cancel"), Map.of());
        assertThat(cancel.status()).as(cancel.text()).isEqualTo(200);
        assertThat(cancel.json().at("/payment/status").asString()).isEqualTo("CANCELLED");

        assertThat(orderStatus(captured)).isEqualTo("COMPLETED");
        assertThat(orderStatus(cancelled)).as("the payment's cancel leaves the order as it is").isEqualTo("COMPLETED");
    }

    /** Manual 8-補足①: 売上確定せずに受注キャンセル → オーソリOK のまま、受注キャンセル明細でもキャンセル or 売上確定ができます. */
    @Test
    void cancellingTheOrderKeepsItsAuthorizationForTheOperatorToCaptureOrCancel() {
        String captured = authorized(AUTH_ONLY);
        String cancelled = authorized(AUTH_ONLY);
        replies("340", "result=0");
        replies("341", "result=0");

        cancelOrder(captured);
        cancelOrder(cancelled);

        JsonNode kept = payment(captured);
        assertThat(kept.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(kept.at("/needsAttention").asBoolean()).as("the operator is told to capture or cancel").isTrue();
        assertThat(kept.at("/attentionReason").asString()).contains("8-補足①").contains("capture it or cancel it");
        paygent.verify(0, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=340")));

        Response capture = api.asOperator().post(commandUri(captured, "capture"), Map.of());
        assertThat(capture.status()).as(capture.text()).isEqualTo(200);
        assertThat(capture.json().at("/payment/status").asString()).isEqualTo("CAPTURED");
        Response cancel = api.asOperator().post(commandUri(cancelled, "cancel"), Map.of());
        assertThat(cancel.status()).as(cancel.text()).isEqualTo(200);
        assertThat(cancel.json().at("/payment/status").asString()).isEqualTo("CANCELLED");
        assertThat(orderStatus(captured)).isEqualTo("CANCELLED");
        assertThat(orderStatus(cancelled)).isEqualTo("CANCELLED");
    }

    /** In オーソリ+売上確定 Paygent would capture a kept authorization by itself, so the order's cancel cancels it. */
    @Test
    void cancellingTheOrderOfAnAutomaticCaptureCancelsItsAuthorization() {
        String number = authorized(AUTH_AND_CAPTURE);
        replies("340", "result=0");

        cancelOrder(number);

        assertThat(payment(number).at("/status").asString()).isEqualTo("CANCELLED");
        paygent.verify(1, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=340")));
    }

    @Test
    void aCapturedPaymentOfACancelledOrderStaysRefundable() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");
        replies("342", "result=0");
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(200);

        cancelOrder(number);
        JsonNode kept = payment(number);
        assertThat(kept.at("/status").asString()).as("Paidy cannot cancel a capture (340 is before capture only)")
                .isEqualTo("CAPTURED");
        assertThat(kept.at("/needsAttention").asBoolean()).as("the operator is told to refund").isTrue();

        Response refund = api.asOperator().post(commandUri(number, "refund"), Map.of());

        assertThat(refund.status()).as(refund.text()).isEqualTo(200);
        assertThat(refund.json().at("/payment/status").asString()).isEqualTo("REFUNDED");
        paygent.verify(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342"))
                .withRequestBody(containing("amount=3830")));
    }

    @Test
    void aCheckoutTheShopperNeverFinishesExpiresAndTheOrderIsLeftToTheOperator() {
        JsonNode placed = checkout(AUTH_ONLY);
        String number = placed.at("/order/number").asString();
        assertThat(placed.at("/payment/nextAction/expiresAt").isMissingNode()).as(placed.toString()).isFalse();

        clock.advance(Duration.ofHours(1).plus(Duration.ofHours(23)));
        jobs.expire();
        assertThat(payment(number).at("/status").asString()).as("within the grace for a lapsed shopper step")
                .isEqualTo("PENDING");

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        jobs.expire();

        assertThat(payment(number).at("/status").asString()).isEqualTo("EXPIRED");
        assertThat(orderStatus(number)).as("manual 6-1: an interrupted 決済 leaves the order to the operator")
                .isEqualTo("NEW");
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/history").text()).contains("支払期限切れ");
        assertThat(api.asOperator().get("/api/admin/payments/capturable").text())
                .as("not in 未処理一覧 (manual 11-1)").doesNotContain(number);
        assertThat(paygent.getAllServeEvents()).as("nothing was ever at Paygent").isEmpty();
    }

    private String completed(String number) {
        for (String status : new String[] {"SHIPPED", "COMPLETED"}) {
            Response moved = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", status));
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return number;
    }

    private void cancelOrder(String number) {
        Response cancelled = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        awaitEventListeners();
    }

    private String orderStatus(String number) {
        return api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString();
    }
}
