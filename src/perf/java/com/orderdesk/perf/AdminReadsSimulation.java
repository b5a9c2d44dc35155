package com.orderdesk.perf;

import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * What an operator's screen reads for one order: the order, its payments (with the operations
 * log), its change history, and the inbox listing, at a constant arrival rate of screens
 * ({@code -Dperf.rate}, default 20/s) over the generated orders.
 */
public class AdminReadsSimulation extends Simulation {

    private final Iterator<Map<String, Object>> orders = Stream.generate(() -> Map.<String, Object>of("number",
            Perf.orderNumber(ThreadLocalRandom.current().nextLong(1, Perf.orders() + 1)))).iterator();

    private static io.gatling.javaapi.http.HttpRequestActionBuilder read(String name, String path) {
        return http(name).get(path).header("Authorization", Perf.adminAuthorization()).check(status().is(200));
    }

    private final ScenarioBuilder screen = scenario("admin reads").feed(orders)
            .exec(read("order", "/api/admin/orders/#{number}"))
            .exec(read("payments of order", "/api/admin/orders/#{number}/payments"))
            .exec(read("history", "/api/admin/orders/#{number}/history"))
            .exec(read("webhook inbox", "/api/admin/webhooks?status=FAILED"));

    {
        setUp(screen.injectOpen(Perf.constantArrivals(20, 60))).protocols(Perf.protocol());
    }
}
