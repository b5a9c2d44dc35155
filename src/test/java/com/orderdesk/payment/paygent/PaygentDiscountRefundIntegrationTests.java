package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Manual 10 一部返金 as one operator action: the partial refund (342) and the order's 値引き (金額調整
 * per tax rate) together, on a COMPLETED order, repeatedly, so that the order total and the payment
 * agree after each. The order is 2 × 1,100円 (10%) + 1,080円 (8%) + 550円 shipping = 3,830円.
 */
class PaygentDiscountRefundIntegrationTests extends PaygentScenarioSupport {

    @Test
    void partialRefundsWithTheirDiscountsWorkOnACompletedOrderAgainAndAgain() {
        String number = completedAfterCapture();

        // Manual 10-3's example: 8%対象 -50円.
        Response first = api.asOperator().post(commandUri(number, "refund-with-discount"),
                Map.of("amount10", 0, "amount8", 50));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().at("/payment/status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        JsonNode order = order(number);
        assertThat(order.at("/status").asString()).isEqualTo("COMPLETED");
        assertThat(order.at("/totals/total").asLong()).isEqualTo(3780);
        assertThat(order.at("/totals/taxes/1/taxableAmount").asLong()).as("8% base").isEqualTo(1030);
        assertThat(order.at("/discounts/0/label").asString()).isEqualTo("御値引");

        // The second asks one amount: split by the bases now (10% 2,750 / 8% 1,030), the 8% share rounded down.
        Response second = api.asOperator().post(commandUri(number, "refund-with-discount"),
                Map.of("amount", 500, "label", "お詫び値引"));
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        order = order(number);
        assertThat(order.at("/totals/total").asLong()).isEqualTo(3280);
        assertThat(order.at("/totals/taxes/1/taxableAmount").asLong()).isEqualTo(1030 - 136); // 500 × 1030 / 3780 = 136.2
        assertThat(order.at("/totals/taxes/0/taxableAmount").asLong()).isEqualTo(2750 - 364);

        Response third = api.asOperator().post(commandUri(number, "refund-with-discount"), Map.of("amount10", 280));
        assertThat(third.status()).as(third.text()).isEqualTo(200);
        awaitEventListeners();

        JsonNode payment = payment(number);
        assertThat(order(number).at("/totals/total").asLong()).isEqualTo(3000);
        assertThat(payment.at("/amount").asLong()).as("the payment follows the order").isEqualTo(3000);
        assertThat(payment.at("/refundedAmount").asLong()).isEqualTo(830);
        assertThat(payment.at("/needsAttention").asBoolean()).as(payment.toString()).isFalse();
        for (String amount : new String[] {"50", "500", "280"}) {
            paygent.verify(1, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342"))
                    .withRequestBody(matching("(.*&)?amount=" + amount + "(&.*)?")));
        }
        paygent.verify(3, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342")));
        String history = api.asOperator().get("/api/admin/orders/" + number + "/history").text();
        assertThat(history).contains("値引き 御値引 10%対象 0円 / 8%対象 -50円").contains("お詫び値引")
                .contains("返金");
    }

    @Test
    void aDiscountTheOrderCannotTakeIsRefusedBeforeAnythingIsRefunded() {
        String number = completedAfterCapture();

        Response tooMuch8 = api.asOperator().post(commandUri(number, "refund-with-discount"), Map.of("amount8", 1081));
        Response both = api.asOperator().post(commandUri(number, "refund-with-discount"),
                Map.of("amount", 100, "amount10", 100));
        Response none = api.asOperator().post(commandUri(number, "refund-with-discount"), Map.of());

        assertThat(tooMuch8.status()).as(tooMuch8.text()).isEqualTo(400);
        assertThat(tooMuch8.json().at("/errors/0/field").asString()).isEqualTo("amount8");
        assertThat(tooMuch8.json().at("/errors/0/message").asString()).contains("1,080円");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().at("/errors/0/field").asString()).isEqualTo("amount");
        assertThat(none.status()).isEqualTo(400);
        paygent.verify(0, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342")));
    }

    @Test
    void aCancelledOrderCannotBeEditedSoNothingIsRefundedForADiscount() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");
        assertThat(api.asOperator().post(commandUri(number, "capture"), Map.of()).status()).isEqualTo(200);
        assertThat(api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"))
                .status()).isEqualTo(200);
        awaitEventListeners();

        Response refused = api.asOperator().post(commandUri(number, "refund-with-discount"), Map.of("amount", 100));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().at("/type").asString()).endsWith("order-closed");
        paygent.verify(0, postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=342")));
    }

    private String completedAfterCapture() {
        String number = authorized(AUTH_ONLY);
        replies("341", "result=0");
        replies("342", "result=0");
        Response captured = api.asOperator().post(commandUri(number, "capture"), Map.of());
        assertThat(captured.status()).as(captured.text()).isEqualTo(200);
        for (String status : new String[] {"SHIPPED", "COMPLETED"}) {
            Response moved = api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", status));
            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        }
        return number;
    }

    private JsonNode order(String number) {
        return api.asOperator().get("/api/admin/orders/" + number).json();
    }
}
