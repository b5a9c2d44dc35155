package com.orderdesk.perf;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Store checkout with a card payment through the GMO-PG simulator ({@code POST /api/store/checkout},
 * order placed and authorised in one call) at a constant arrival rate ({@code -Dperf.rate}, default
 * 20/s). Needs {@code -Dperf.apiKey} and the CARD payment method (perf/setup.sh makes both).
 */
public class StoreCheckoutSimulation extends Simulation {

    static final String CHECKOUT = """
            {"customer": {"name": "負荷 太郎", "kana": "フカ タロウ", "email": "perf@example.jp",
              "phone": "03-1234-5678", "postalCode": "150-0001", "prefecture": "東京都",
              "city": "渋谷区神宮前", "address1": "1-2-3"},
             "deliveryMethodCode": "YAMATO", "paymentMethodCode": "CARD",
             "lines": [{"productCode": "TEA-001", "productName": "煎茶 100g", "unitPrice": 1080, "quantity": 2,
                        "taxCategory": "REDUCED_8"}],
             "shippingFee": 550, "instrument": {"token": "tok_perf_#{randomUuid()}"}}""";

    static ScenarioBuilder checkout() {
        return scenario("store checkout").exec(http("POST /api/store/checkout").post("/api/store/checkout")
                .header("X-Api-Key", Perf.property("perf.apiKey", "")).header("Content-Type", "application/json")
                .body(StringBody(CHECKOUT)).check(status().is(201)));
    }

    {
        setUp(checkout().injectOpen(Perf.constantArrivals(20, 60))).protocols(Perf.protocol());
    }
}
