package com.orderdesk.perf;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Webhook ingest of one provider ({@code -Dperf.provider=gmo-pg|dsk}): unique notices at a constant
 * arrival rate ({@code -Dperf.rate}, default 2,000/s) to {@code POST /webhooks/{provider}}; each
 * must be answered with the provider's "received" literal, which the app sends only after the notice
 * is durably stored. {@code -Dperf.ceiling=true} sends the same arrivals to {@code /actuator/health}
 * instead (the framework ceiling of the same run).
 */
public class WebhookIngestSimulation extends Simulation {

    private final String provider = Perf.property("perf.provider", "gmo-pg");
    private final boolean ceiling = Boolean.getBoolean("perf.ceiling");
    // Distinct per run so that repeated runs never collide with an earlier run's deduplication keys;
    // -Dperf.noticeBase=B numbers the notices B+1, B+2, … instead, to match payments loaded for them
    // (perf/load-dsk-payments.sh: the inbox then applies every notice, for the lag and drain runs).
    private final long base = Long.getLong("perf.noticeBase", System.currentTimeMillis() % 1_000_000_000L * 10_000_000L);
    private final AtomicLong sequence = new AtomicLong();

    private final Iterator<Map<String, Object>> notices = Stream.generate(() -> {
        NoticeBodies.Notice notice = NoticeBodies.of(provider, base + sequence.incrementAndGet());
        return Map.<String, Object>of("contentType", notice.contentType(), "body", notice.body(),
                "answer", notice.expectedAnswer());
    }).iterator();

    private final ScenarioBuilder ingest = scenario("ingest " + provider).feed(notices)
            .exec(http("POST /webhooks/" + provider).post("/webhooks/" + provider)
                    .header("Content-Type", "#{contentType}").body(StringBody("#{body}"))
                    .check(status().is(200), bodyString().isEL("#{answer}")));

    private final ScenarioBuilder health = scenario("health ceiling")
            .exec(http("GET /actuator/health").get("/actuator/health").check(status().is(200)));

    {
        setUp((ceiling ? health : ingest).injectOpen(Perf.constantArrivals(2000, 30)))
                .protocols(Perf.protocol())
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
