package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayOutcome;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ReviewFlow.Failure;
import com.orderdesk.payment.gateway.ReviewFlow.ReviewPolicy;
import com.orderdesk.support.TestApi;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Review flows end to end on the scripted gateway's review step and the test clock: the shopper's
 * SMS code through the store API (wrong codes counted, too many fail the payment), the provider's
 * timeout failing the review and cancelling the order where its rule says so, the poller asking a
 * provider without notifications on a backoff schedule, and an approval withdrawn after the fact.
 */
class ReviewFlowIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    ReviewTimeouts timeouts;

    @Autowired
    StatusPolling polling;

    private TestApi.Caller store;

    @BeforeEach
    void storefront() {
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        store = api.withApiKey(key);
    }

    @Test
    void theShoppersCodePassesTheReviewAfterAWrongOne() {
        String number = checkoutUnderReview(NextAction.Type.SMS_CHECK);

        Response wrong = review(number, "0000");
        assertThat(wrong.status()).as(wrong.text()).isEqualTo(200);
        assertThat(wrong.json().at("/result").asString()).isEqualTo("WRONG_INPUT");
        assertThat(wrong.json().at("/attemptsLeft").asInt()).isEqualTo(2);
        assertThat(wrong.json().at("/payment/status").asString()).isEqualTo("UNDER_REVIEW");

        Response right = review(number, ScriptedGateway.REVIEW_CODE);
        assertThat(right.json().at("/result").asString()).isEqualTo("PASSED");
        assertThat(right.json().at("/payment/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(right.json().at("/payment/nextAction/type").asString()).isEqualTo("NONE");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/operations/1/kind").asString()).isEqualTo("REVIEW_STEP");
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("DECLINED");
        assertThat(payment.at("/operations/2/outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(historyOf(number)).noneMatch(line -> line.contains(ScriptedGateway.REVIEW_CODE));
    }

    @Test
    void tooManyWrongCodesFailThePaymentAndThisProviderKeepsTheOrder() {
        String number = checkoutUnderReview(NextAction.Type.SMS_CHECK);

        review(number, "0000");
        review(number, "1111");
        Response last = review(number, "2222");

        assertThat(last.json().at("/result").asString()).isEqualTo("FAILED");
        assertThat(last.json().at("/attemptsLeft").asInt()).isZero();
        assertThat(last.json().at("/payment/status").asString()).isEqualTo("FAILED");
        assertThat(review(number, ScriptedGateway.REVIEW_CODE).status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(10)).until(() -> historyOf(number).stream()
                .anyMatch(line -> line.contains("the order stays open")));
        assertThat(orderStatus(number)).isNotEqualTo("CANCELLED");
        assertThat(historyOf(number)).anyMatch(line -> line.contains("審査不成立 (TOO_MANY_ATTEMPTS)"));
    }

    @Test
    void aReviewPastItsDeadlineFailsAndTheProvidersRuleCancelsTheOrder() {
        String number = checkoutUnderReview(NextAction.Type.SMS_CHECK);

        clock.advance(Duration.ofMinutes(29));
        timeouts.failOverdue();
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("UNDER_REVIEW");

        clock.advance(Duration.ofMinutes(2));
        timeouts.failOverdue();

        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("FAILED");
        await().atMost(Duration.ofSeconds(10)).until(() -> orderStatus(number).equals("CANCELLED"));
        assertThat(historyOf(number)).anyMatch(line -> line.contains("審査不成立 (TIMED_OUT)")
                && line.contains("the shopper did not complete the review step"));
        assertThat(review(number, ScriptedGateway.REVIEW_CODE).status()).isEqualTo(409);
    }

    @Test
    void theShoppersLateCodeFindsTheReviewFailed() {
        String number = checkoutUnderReview(NextAction.Type.SMS_CHECK);
        clock.advance(Duration.ofMinutes(31));

        Response late = review(number, ScriptedGateway.REVIEW_CODE);

        assertThat(late.json().at("/result").asString()).isEqualTo("FAILED");
        assertThat(late.json().at("/message").asString()).contains("expired");
        assertThat(gateway.calls(OperationKind.REVIEW_STEP)).isEmpty();
    }

    @Test
    void aProviderWithoutNotificationsIsPolledOnABackoffScheduleUntilItsReviewEnds() {
        gateway.capabilities(ScriptedGateway.capabilities(false, false));
        String number = checkoutUnderReview(NextAction.Type.AWAIT_REVIEW);
        gateway.status(new GatewayStatusResult(true, PaymentStatus.UNDER_REVIEW, "30", 3830L, null, Map.of(), null));

        polling.pollDue();
        Instant firstDue = nextPoll(number);
        assertThat(firstDue).isBetween(clock.instant().plusSeconds(50), clock.instant().plusSeconds(61));
        int queries = gateway.calls(OperationKind.STATUS_QUERY).size();
        polling.pollDue();
        assertThat(gateway.calls(OperationKind.STATUS_QUERY)).as("not due yet").hasSize(queries);

        clock.advance(Duration.ofSeconds(61));
        polling.pollDue();
        assertThat(nextPoll(number)).as("the next wait is longer")
                .isBetween(clock.instant().plusSeconds(110), clock.instant().plusSeconds(121));

        gateway.status(new GatewayStatusResult(true, PaymentStatus.AUTHORIZED, "1", 3830L, null, Map.of(), null));
        clock.advance(Duration.ofMinutes(3));
        polling.pollDue();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(payment.at("/nextAction/type").asString()).isEqualTo("NONE");
        assertThat(historyOf(number)).anyMatch(line -> line.contains("通知: AUTHORIZED (1)"));
    }

    @Test
    void aWithdrawnApprovalFailsTheAuthorizedPaymentFlagsItAndCancelsTheOrderWhereTheProviderSaysSo() {
        gateway.capabilities(ScriptedGateway.capabilities(false, false));
        gateway.reviewPolicy(new ReviewPolicy(null, null, 3, EnumSet.of(Failure.APPROVAL_WITHDRAWN)));
        String number = authorizedOrder();
        gateway.status(new GatewayStatusResult(true, PaymentStatus.FAILED, "32", null, null, Map.of(), null));

        polling.pollDue();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("FAILED");
        assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        assertThat(payment.at("/attentionReason").asString()).contains("withdrew its credit approval");
        await().atMost(Duration.ofSeconds(10)).until(() -> orderStatus(number).equals("CANCELLED"));
    }

    @Test
    void aPollThatShowsACaptureMadeInTheProviderConsoleIsDrift() {
        gateway.capabilities(ScriptedGateway.capabilities(false, false));
        String number = authorizedOrder();
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "10", 3830L, null, Map.of(), null));

        polling.pollDue();

        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/attentionReason").asString()).contains("provider's console");
        assertThat(api.asOperator().post(commandUri(number, "refund"), Map.of()).status()).isEqualTo(409);
    }

    private String checkoutUnderReview(NextAction.Type waitingFor) {
        return checkoutUnderReview(store, waitingFor);
    }

    private Response review(String number, String code) {
        return reviewStep(store, number, code);
    }

    private String orderStatus(String number) {
        return api.asOperator().get("/api/admin/orders/" + number).json().at("/status").asString();
    }

    private Instant nextPoll(String number) {
        return jdbc.queryForObject("SELECT next_poll_at FROM payments WHERE order_number = ?", java.sql.Timestamp.class,
                number).toInstant();
    }
}
