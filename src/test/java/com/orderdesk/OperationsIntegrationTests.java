package com.orderdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an operator of the service reads: health with database and circuit breakers, build info, business metrics. */
class OperationsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void readinessNeedsTheDatabaseAndHealthShowsTheCircuitBreakers() {
        Response readiness = api.asAdmin().get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/components/db/status").asString()).isEqualTo("UP");

        Response health = api.asAdmin().get("/actuator/health");
        assertThat(health.json().at("/components/circuitBreakers/details").has("dsk")).isTrue();
        assertThat(api.anonymous().get("/actuator/health").json().has("components"))
                .as("anonymous probes see the status only").isFalse();
    }

    @Test
    void infoCarriesTheBuildAndTheModulithEndpointTheModules() {
        Response info = api.asAdmin().get("/actuator/info");
        assertThat(info.json().at("/build/version").asString()).isNotBlank();
        assertThat(info.json().at("/build/artifact").asString()).isEqualTo("orderdesk");

        Response modules = api.asAdmin().get("/actuator/modulith");
        assertThat(modules.status()).isEqualTo(200);
        assertThat(modules.text()).contains("payment", "order");
    }

    @Test
    void inboxBacklogAndFailedNoticesAreGaugedPerProvider() {
        Instant later = Instant.now().plus(1, ChronoUnit.DAYS);
        notice("RECEIVED", later);
        notice("RECEIVED", later);
        notice("FAILED", later);

        assertThat(meters.get("orderdesk.inbox.backlog").tag("provider", "dsk").gauge().value()).isEqualTo(2);
        assertThat(meters.get("orderdesk.inbox.failed").tag("provider", "dsk").gauge().value()).isEqualTo(1);
        assertThat(meters.get("orderdesk.inbox.backlog").tag("provider", "gmo-pg").gauge().value()).isZero();
    }

    @Test
    void idempotentReplaysAreCounted() {
        double before = meters.get("orderdesk.idempotency.replays").counter().count();
        String key = "ops-" + UUID.randomUUID();
        api.asOperator().post("/api/admin/orders", TestOrders.order(), "Idempotency-Key", key);
        Response again = api.asOperator().post("/api/admin/orders", TestOrders.order(), "Idempotency-Key", key);

        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(meters.get("orderdesk.idempotency.replays").counter().count()).isEqualTo(before + 1);
    }

    /** Spring Modulith's observability: an observation per entry into a module and per event listener it runs. */
    @Test
    void callsIntoAModuleAndItsEventListenersAreObservedPerModule() {
        long orderCalls = invocations("order", "bean");
        long paymentListeners = invocations("payment", "event-listener");
        double ordersPlaced = published("order.OrderPlaced");

        assertThat(api.asOperator().post("/api/admin/orders", TestOrders.order()).status()).isEqualTo(201);

        assertThat(invocations("order", "bean")).as("the admin API's call into the order module")
                .isGreaterThan(orderCalls);
        // At least this order's: the registry is the context's, shared with work other test classes left
        // running in the background (a scheduler placing a subscription's order counts here too).
        assertThat(published("order.OrderPlaced")).isGreaterThanOrEqualTo(ordersPlaced + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(invocations("payment", "event-listener"))
                .as("payment's listener of OrderPlaced").isGreaterThan(paymentListeners));
    }

    /**
     * Summed over every test context's registry: Spring Modulith caches its module entry interceptors in
     * a static map (ModuleEntryInterceptor.CACHE), so in a JVM with several application contexts the
     * observations go to the registry of the context that advised the module first. An application has
     * one context, where the two are the same.
     */
    private long invocations(String module, String invocationType) {
        return Metrics.globalRegistry.getRegistries().stream()
                .flatMap(registry -> registry.find("module.invocations").tag("module.identifier", module)
                        .tag("module.invocation-type", invocationType).timers().stream())
                .mapToLong(Timer::count).sum();
    }

    private double published(String eventType) {
        return meters.find("module.events.published").tag("event_type", eventType).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private void notice(String status, Instant nextAttempt) {
        jdbc.update("""
                INSERT INTO payment_notifications (id, provider, source_address, headers, charset, body, status,
                    next_attempt_at, received_at)
                VALUES (?, 'DSK', '127.0.0.1', '', 'UTF-8', ?, ?, ?, now())""",
                UUID.randomUUID(), new byte[0], status, Timestamp.from(nextAttempt));
    }
}
