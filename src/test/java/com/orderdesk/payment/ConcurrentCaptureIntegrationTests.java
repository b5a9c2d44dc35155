package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.Test;

/**
 * The one-open-call-per-payment decision is taken on the payment as it is when the operations-log
 * entry opens (row locked), not on what each request read earlier: 50 captures at once without an
 * Idempotency-Key make exactly one provider call.
 */
class ConcurrentCaptureIntegrationTests extends PaymentIntegrationTestSupport {

    @Test
    void fiftyConcurrentCapturesWithoutIdempotencyKeyCallTheProviderOnce() throws Exception {
        String number = authorizedOrder();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return api.asOperator().post(commandUri(number, "capture"), Map.of()).status();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }

            assertThat(gateway.calls(OperationKind.CAPTURE)).hasSize(1);
            assertThat(answered).containsOnly(200, 409).containsOnlyOnce(200);
            assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CAPTURED");
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM payment_operations o JOIN payments p ON p.id = o.payment_id
                    WHERE p.order_number = ? AND o.kind = 'CAPTURE'""", Long.class, number)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
