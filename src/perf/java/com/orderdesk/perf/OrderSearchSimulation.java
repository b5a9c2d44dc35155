package com.orderdesk.perf;

import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.percent;
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
 * The order list (受注一覧) over the generated orders (perf/load-orders.sh): by number, no filter
 * (first page), status + month, e-mail fragment matching about 5% (the generator gives every 20th
 * order a {@code @shop5.example} address), phone fragment and a 2-kanji name fragment, mixed at a
 * constant arrival rate ({@code -Dperf.rate}, default 50/s). Each kind is its own request name in
 * the report.
 */
public class OrderSearchSimulation extends Simulation {

    private static final String[] KANJI_PAIRS = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"};

    private final Iterator<Map<String, Object>> values = Stream.generate(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Map.<String, Object>of(
                "number", Perf.orderNumber(random.nextLong(1, Perf.orders() + 1)),
                "month", String.format("2026-%02d", random.nextInt(1, 12)),
                "phone", String.format("%04d", random.nextInt(10_000)),
                "kanji", KANJI_PAIRS[random.nextInt(KANJI_PAIRS.length)]);
    }).iterator();

    private static io.gatling.javaapi.http.HttpRequestActionBuilder search(String name, String query) {
        return http(name).get("/api/admin/orders?" + query).header("Authorization", Perf.adminAuthorization())
                .check(status().is(200));
    }

    private final ScenarioBuilder searches = scenario("order search").feed(values).exec(randomSwitch().on(
            percent(30.0).then(search("by number", "number=#{number}")),
            percent(15.0).then(search("no filter", "size=20")),
            percent(15.0).then(search("status+month", "status=NEW&placedFrom=#{month}-01&placedTo=#{month}-28")),
            percent(15.0).then(search("e-mail 5%", "email=shop5.example")),
            percent(10.0).then(search("phone fragment", "phone=#{phone}")),
            percent(15.0).then(search("2-kanji name", "customerName=#{kanji}"))));

    {
        setUp(searches.injectOpen(Perf.constantArrivals(50, 60))).protocols(Perf.protocol());
    }
}
