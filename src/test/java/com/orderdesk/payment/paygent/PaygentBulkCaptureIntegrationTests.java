package com.orderdesk.payment.paygent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderdesk.payment.paygent.wire.PaygentWire;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 売上確定一括処理 (manual 11) through the core's bulk job: 120 Paidy payments, 100 authorized only
 * and 20 captured by Paygent itself, each capture its own 341, failures listed with Paygent's code.
 */
class PaygentBulkCaptureIntegrationTests extends PaygentScenarioSupport {

    private static final String BULK = "/api/admin/payments/bulk-capture";

    @Test
    void aBulkCaptureOf120WithFailuresAndMixedModes() {
        List<String> numbers = new ArrayList<>();
        Map<String, String> paymentIds = new HashMap<>();
        for (int i = 1; i <= 120; i++) {
            String method = i % 6 == 0 ? AUTH_AND_CAPTURE : AUTH_ONLY;
            String number = checkout(method).at("/order/number").asString();
            String paymentId = String.format("PB%03d", i);
            paygent.stubFor(post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=343"))
                    .withRequestBody(containing("paidy_payment_id=pay_bulk" + i + "&")).willReturn(reply(
                            "result=0", "payment_id=" + paymentId, "payment_amount=3830", "currency=JPY")));
            Response completed = store.post("/api/store/orders/" + number + "/payment",
                    Map.of("instrument", Map.of("paidyPaymentId", "pay_bulk" + i)));
            assertThat(completed.json().at("/status").asString()).as(completed.text()).isEqualTo("AUTHORIZED");
            numbers.add(number);
            paymentIds.put(number, paymentId);
        }
        paygent.stubFor(post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341"))
                .willReturn(reply("result=0")));
        for (int i = 5; i <= 120; i += 10) {
            paygent.stubFor(post(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341"))
                    .withRequestBody(containing(String.format("payment_id=PB%03d", i)))
                    .willReturn(reply("result=1", "response_code=90201", "response_detail=status")));
        }

        Response started = api.asOperator().post(BULK, Map.of("orderNumbers", numbers));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode job = awaitCompleted(started.json().at("/id").asString());

        assertThat(job.at("/total").asInt()).isEqualTo(120);
        assertThat(job.at("/failed").asInt()).as("20 captured by Paygent itself + 12 refused").isEqualTo(32);
        assertThat(job.at("/succeeded").asInt()).isEqualTo(88);
        List<String> codes = job.at("/items").valueStream().map(item -> item.at("/errorCode").asString()).toList();
        assertThat(codes.stream().filter("90201"::equals)).hasSize(12);
        assertThat(codes.stream().filter("payment-action-not-allowed"::equals)).hasSize(20);
        assertThat(paygent.findAll(postRequestedFor(urlEqualTo(MODULE)).withRequestBody(containing("telegram_kind=341"))))
                .as("one 341 per authorized-only payment, none for the automatic ones").hasSize(100);
        assertThat(payment(numbers.get(0)).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment(numbers.get(4)).at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment(numbers.get(5)).at("/status").asString()).as("auto mode untouched").isEqualTo("AUTHORIZED");
        assertThat(paymentIds).hasSize(120);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder reply(String... lines) {
        return aResponse().withHeader("Content-Type", "text/plain; charset=Shift_JIS")
                .withBody((String.join("\r\n", lines) + "\r\n").getBytes(PaygentWire.CHARSET));
    }

    private JsonNode awaitCompleted(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                api.asOperator().get(BULK + "/" + id).json().at("/status").asString().equals("COMPLETED"));
        return api.asOperator().get(BULK + "/" + id).json();
    }
}
