package com.orderdesk.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.orderdesk.payment.PaymentManagement;
import com.orderdesk.subscription.internal.SubscriptionGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generator under failure and contention: a run that dies between committing an order and
 * starting its payment, and several generators (as on several instances) running at the same time.
 */
class SubscriptionGeneratorRobustnessIntegrationTests extends SubscriptionIntegrationTestSupport {

    /** The spy {@link SubscriptionIntegrationTestSupport} declares. */
    @Autowired
    PaymentManagement payments;

    @Autowired
    SubscriptionGenerator generator;

    private String cardSubscription(String firstDelivery) {
        var body = subscription(CARD, interval("MONTHS", 1));
        body.put("storedCardId", storeCard("tok_sandbox_ok"));
        body.put("firstDeliveryDate", firstDelivery);
        return start(body);
    }

    @Test
    void aRunThatDiesBetweenTheOrderAndItsPaymentIsResumedByTheNextRunWithoutASecondOrder() {
        String number = cardSubscription("2028-01-20");
        doThrow(new IllegalStateException("simulated crash after the order committed")).doCallRealMethod()
                .when(payments).startStorePayment(any(), anyMap(), any());

        assertThatThrownBy(generator::run).hasMessageContaining("simulated crash");

        assertThat(count("orders")).isEqualTo(1);
        assertThat(ordersOf(number).get(0).at("/paymentStarted").asBoolean()).isFalse();
        assertThat(ordersOf(number).get(0).at("/paymentLabel").asString()).isEqualTo("決済開始前");
        assertThat(runGenerator()).as("the claim of the dead run still holds: nothing to do, nothing doubled").isEmpty();
        assertThat(api.asOperator().get("/api/admin/subscriptions/generation/dry-run?date=2028-01-20").json()
                .at("/paymentsToResume").size()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        var run = api.asOperator().post("/api/admin/subscriptions/generation/runs", Map.of()).json();

        assertThat(run.at("/paymentsResumed").asInt()).isEqualTo(1);
        assertThat(run.at("/orderNumbers").size()).isZero();
        assertThat(count("orders")).isEqualTo(1);
        assertThat(ordersOf(number).get(0).at("/paymentStatus").asString()).isEqualTo("AUTHORIZED");
        assertThat(paymentsOfOrder(ordersOf(number).get(0).at("/orderNumber").asString())).hasSize(1);
        assertThat(runGenerator()).isEmpty();
        assertThat(subscriptionOf(number).at("/deliveries").asInt()).isEqualTo(1);
    }

    @Test
    void fourGeneratorsAtOnceCreateExactlyOneOrderPerSubscriptionAndCycleAndCatchUpWithOneOrderEach() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            numbers.add(cardSubscription("2028-01-20"));
        }
        doCallRealMethod().when(payments).startStorePayment(any(), anyMap(), any());

        List<String> placed = runConcurrently(4);

        assertThat(placed).hasSize(6).doesNotHaveDuplicates();
        assertThat(count("orders")).isEqualTo(6);
        assertThat(count("payments")).isEqualTo(6);

        setDate(LocalDate.of(2028, 5, 1));
        List<String> caughtUp = runConcurrently(4);

        assertThat(caughtUp).as("three missed cycles, one order each").hasSize(6);
        assertThat(count("orders")).isEqualTo(12);
        for (String number : numbers) {
            assertThat(ordersOf(number).valueStream().map(order -> order.at("/cycle").asInt()).toList())
                    .containsExactly(1, 4);
            assertThat(ordersOf(number).valueStream().map(order -> order.at("/paymentStatus").asString()))
                    .containsOnly("AUTHORIZED");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payments GROUP BY order_id ORDER BY count(*) DESC LIMIT 1",
                Long.class)).isEqualTo(1);
    }

    private List<String> runConcurrently(int generators) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(generators);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < generators; i++) {
                Callable<List<String>> run = () -> {
                    go.await();
                    return generator.run().orderNumbers();
                };
                runs.add(pool.submit(run));
            }
            go.countDown();
            List<String> placed = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                placed.addAll(run.get());
            }
            return placed;
        } finally {
            pool.shutdownNow();
        }
    }
}
