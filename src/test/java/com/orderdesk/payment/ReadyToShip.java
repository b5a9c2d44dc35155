package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.orderdesk.support.TestApi;

/** Whether an order counts as ready to ship, as an operator sees it in both places that say so. */
public final class ReadyToShip {

    private ReadyToShip() {
    }

    /** Waits until the order view and the order list's {@code readyToShip} filter both say {@code ready}. */
    public static void await(TestApi api, String number, boolean ready) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(api.asOperator().get("/api/admin/orders/" + number).json().at("/readyToShip").asBoolean())
                    .as("order view").isEqualTo(ready);
            assertThat(api.asOperator().get("/api/admin/orders?readyToShip=true&number=" + number).json()
                    .at("/items").isEmpty()).as("left out of the list's readyToShip filter").isEqualTo(!ready);
        });
    }
}
