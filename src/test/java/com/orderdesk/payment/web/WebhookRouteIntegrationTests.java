package com.orderdesk.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The one webhook route {@code POST /webhooks/{provider}} end to end: dispatch by slug to the
 * adapter's receiver, the receiver's acknowledgement, processing behind the inbox with the provider
 * asked outside any row lock; and a request the adapter cannot send refused as 422, logged as not sent.
 */
class WebhookRouteIntegrationTests extends PaymentIntegrationTestSupport {

    /** A provider known by name that receives no notifications (no adapter in the application). */
    private static final ProviderCode WITHOUT_RECEIVER = ProviderCode.declare("NO_RECEIVER_TEST", "no-receiver-test", "受信なし");


    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse post(String slug, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/webhooks/" + slug).contentType("application/x-www-form-urlencoded")
                .content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    @Test
    void theRouteDispatchesToTheProvidersReceiverAndAnswersItsWay() throws Exception {
        String number = authorizedOrder();

        MockHttpServletResponse answer = post(ScriptedGateway.CODE.slug(),
                "key=R-1&order=" + number + "-1&status=CAPTURED&at=2026-11-23T10:00:00Z");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).isEqualTo("0");
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).get(0).at("/status").asString()
                .equals("CAPTURED"));
        JsonNode entry = api.asOperator().get("/api/admin/webhooks").json().at("/notifications/0");
        assertThat(entry.at("/status").asString()).isEqualTo("PROCESSED");
        assertThat(entry.at("/providerOrderId").asString()).isEqualTo(number + "-1");
    }

    @Test
    void anUnreadableNoticeIsRecordedAndAnsweredAsTheProviderExpects() throws Exception {
        MockHttpServletResponse answer = post(ScriptedGateway.CODE.slug(), "garbage");

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).isEqualTo("1");
        JsonNode rejected = api.asOperator().get("/api/admin/webhooks?status=REJECTED").json().at("/notifications");
        assertThat(rejected).hasSize(1);
    }

    @Test
    void aProviderWithoutReceiverOrAnUnknownSlugIsNotFound() throws Exception {
        assertThat(post(WITHOUT_RECEIVER.slug(), "x=1").getStatus()).isEqualTo(404);
        assertThat(post("no-such-provider", "x=1").getStatus()).isEqualTo(404);
    }

    @Test
    void aSlowStatusConfirmationHoldsNoLockAndDoesNotStallOtherNotices() throws Exception {
        String slow = authorizedOrder();
        String fast = authorizedOrder();
        CountDownLatch providerAnswers = new CountDownLatch(1);
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "SALES", 3830L, null, Map.of(), null));
        gateway.onStatus(() -> {
            try {
                providerAnswers.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        post(ScriptedGateway.CODE.slug(), "key=S-1&order=" + slow + "-1&status=CAPTURED&trusted=false");
        await().atMost(Duration.ofSeconds(10)).until(() -> !gateway.calls(OperationKind.STATUS_QUERY).isEmpty());
        post(ScriptedGateway.CODE.slug(), "key=F-1&order=" + fast + "-1&status=CAPTURED");

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(fast).get(0).at("/status").asString()
                .equals("CAPTURED"));
        JsonNode inProgress = api.asOperator().get("/api/admin/webhooks?status=PROCESSING").json().at("/notifications");
        assertThat(inProgress).as("claimed and committed while the provider is asked").singleElement()
                .satisfies(entry -> assertThat(entry.at("/deduplicationKey").asString()).isEqualTo("S-1"));
        assertThat(paymentsOf(slow).get(0).at("/status").asString()).isEqualTo("AUTHORIZED");
        // The payment row is not locked meanwhile: an operator's write to it goes through at once.
        jdbc.update("UPDATE payments SET updated_at = updated_at WHERE order_number = ?", slow);

        providerAnswers.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(slow).get(0).at("/status").asString()
                .equals("CAPTURED"));
    }

    @Test
    void aValueTheProviderCannotCarryIs422NamingTheFieldAndLoggedAsNotSent() {
        String number = authorizedOrder();
        gateway.onCall(call -> {
            throw new RequestNotSendable("Provider X", "customer.name", "contains '😀' (U+1F600)");
        });

        Response response = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/type").asString()).isEqualTo("urn:orderdesk:problem:provider-request-not-sendable");
        assertThat(response.text()).contains("customer.name");
        JsonNode operation = paymentsOf(number).get(0).at("/operations/1");
        assertThat(operation.at("/kind").asString()).isEqualTo("CAPTURE");
        assertThat(operation.at("/outcome").asString()).isEqualTo("FAILED");
        assertThat(operation.toString()).contains("nothing was sent");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("AUTHORIZED");
    }
}
