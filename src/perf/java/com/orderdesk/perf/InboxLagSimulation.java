package com.orderdesk.perf;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Inbox lag: each arrival checks out a card order (GMO-PG simulator) and has the simulator send
 * GMO's result notification for it ({@code POST /api/sandbox/gmo-pg/notify/{OrderID}}); the app
 * stores it, the inbox worker confirms it with the simulator and applies it. The lag (notice
 * received → applied) is read from the inbox afterwards with perf/inbox-lag.sql. Rate
 * {@code -Dperf.rate} (default 50/s); needs {@code -Dperf.apiKey} (perf/setup.sh).
 */
public class InboxLagSimulation extends Simulation {

    private final ScenarioBuilder lag = scenario("checkout then notice")
            .exec(http("POST /api/store/checkout").post("/api/store/checkout")
                    .header("X-Api-Key", Perf.property("perf.apiKey", "")).header("Content-Type", "application/json")
                    .body(io.gatling.javaapi.core.CoreDsl.StringBody(StoreCheckoutSimulation.CHECKOUT))
                    .check(status().is(201), jsonPath("$.order.number").saveAs("number")))
            // GMO knows the first payment attempt of an order as "<order number>-1" (ProviderOrderIds).
            .exec(http("simulator sends notice").post("/api/sandbox/gmo-pg/notify/#{number}-1").check(status().in(200, 202, 204)));

    {
        setUp(lag.injectOpen(Perf.constantArrivals(50, 60))).protocols(Perf.protocol());
    }
}
