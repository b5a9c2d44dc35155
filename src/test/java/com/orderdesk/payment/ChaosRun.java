package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.orderdesk.order.TestOrders;
import com.orderdesk.support.ApplicationProcess;
import com.orderdesk.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chaos run (issue 16): OrderDesk as a JVM of its own ({@link ApplicationProcess}, the test
 * classpath, so the {@link ScriptedGateway} is its provider) receives 10,000+ notices, every
 * distinct notice sent three times and the whole stream shuffled, while it is killed with
 * {@code SIGKILL} every 15 s of uptime and started again, at least five times. The sender behaves
 * like a provider: a notice not acknowledged (connection refused, reset, 5xx) is sent again later.
 * After quiescence:
 * <ul>
 * <li>every distinct notice is stored once and settled (PROCESSED or IGNORED), none left waiting or FAILED;</li>
 * <li>every payment's state equals the model's: notices are state snapshots, the latest wins
 * whatever order they arrived in, so a payment told AUTHORIZED → CAPTURED(a) ends CAPTURED with a
 * captured, and one told AUTHORIZED → CAPTURED(a) → CANCELLED ends CANCELLED with nothing kept;</li>
 * <li>one history line per applied notice (a notice applied twice would write two);</li>
 * <li>no event publication is left incomplete.</li>
 * </ul>
 * Not part of {@code ./mvnw verify} (the class name matches no surefire include; it takes minutes).
 * One command, figures printed and written to {@code target/chaos-report.txt}:
 * <pre>
 * ./mvnw -o test -Dtest=ChaosRun -Dsurefire.failIfNoSpecifiedTests=false [-Dorderdesk.chaos.payments=1400] [-Dorderdesk.chaos.kills=5]
 *     [-Dorderdesk.application-process.start-timeout=PT10M]
 * </pre>
 */
class ChaosRun {

    private static final int PAYMENTS = Integer.getInteger("orderdesk.chaos.payments", 1400);
    private static final int KILLS = Integer.getInteger("orderdesk.chaos.kills", 5);
    private static final Duration UPTIME_BEFORE_KILL = Duration.ofSeconds(Long.getLong("orderdesk.chaos.kill-every-s", 15));
    private static final int COPIES = 3;
    private static final String METHOD = "KAKE";

    /** Publications of a killed instance go stale in seconds and are resubmitted (as in WebhookCrashRecoveryIntegrationTests). */
    private static final Map<String, String> SETTINGS = Map.of(
            "spring.modulith.events.staleness.published", "PT2S",
            "spring.modulith.events.staleness.processing", "PT2S",
            "spring.modulith.events.staleness.check-interval", "PT1S",
            "orderdesk.events.resubmission-interval", "PT1S",
            "orderdesk.events.resubmission-initial-delay", "PT1S",
            "orderdesk.events.resubmission-min-age", "PT0S",
            "orderdesk.payments.inbox-poll-interval", "PT0.2S",
            // The scripted provider (and the test clock) in the application's JVM too: its notices are
            // plain forms whose outcome the model knows, with no provider state to agree with.
            "spring.main.sources", PaymentTestConfiguration.class.getName());

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicReference<ApplicationProcess> app = new AtomicReference<>();

    /** What the model says one payment ends as. */
    private record Expected(String order, String status, long captured, long net) {
    }

    @Test
    void everyDistinctNoticeIsAppliedOnceAcrossKillsAndTheStatesEqualTheModel() throws Exception {
        TestDatabase database = TestDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
                database.getPassword()));
        List<String> report = new ArrayList<>();
        try {
            app.set(ApplicationProcess.start("chaos-setup", database, SETTINGS));
            long setupStart = System.nanoTime();
            List<String> orders = authorizedOrders(jdbc);
            report.add(String.format("setup: %d authorized orders in %d s", orders.size(),
                    Duration.ofNanos(System.nanoTime() - setupStart).toSeconds()));

            Random random = new Random(Long.getLong("orderdesk.chaos.seed", 16L));
            Instant base = Instant.now().minus(Duration.ofHours(2));
            List<Expected> model = new ArrayList<>();
            List<String> distinct = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                String order = orders.get(i);
                long amount = 1 + random.nextInt(3830);
                Instant at = base.plusSeconds(i);
                distinct.add(notice(order, "A", "AUTHORIZED", null, at));
                distinct.add(notice(order, "C", "CAPTURED", amount, at.plusSeconds(600)));
                if (i % 2 == 1) {
                    distinct.add(notice(order, "X", "CANCELLED", null, at.plusSeconds(1200)));
                    model.add(new Expected(order, "CANCELLED", -1, 0));
                } else {
                    model.add(new Expected(order, "CAPTURED", amount, amount));
                }
            }
            List<String> stream = new ArrayList<>();
            for (int copy = 0; copy < COPIES; copy++) {
                stream.addAll(distinct);
            }
            Collections.shuffle(stream, random);

            ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>(stream);
            AtomicInteger acked = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(8);
            long sendStart = System.nanoTime();
            // Paced so that the stream lasts through the kills; unacknowledged notices go back in the queue.
            long pacingNanos = Duration.ofSeconds(KILLS * (UPTIME_BEFORE_KILL.toSeconds() + 20)).toNanos() / stream.size();
            for (int worker = 0; worker < 8; worker++) {
                senders.execute(() -> send(pending, acked, refused, pacingNanos * 8));
            }
            int kills = 0;
            List<Long> restartSeconds = new ArrayList<>();
            while (kills < KILLS) {
                Thread.sleep(UPTIME_BEFORE_KILL.toMillis());
                app.get().kill();
                kills++;
                long restart = System.nanoTime();
                app.set(ApplicationProcess.start("chaos-restart-" + kills, database, SETTINGS));
                restartSeconds.add(Duration.ofNanos(System.nanoTime() - restart).toSeconds());
            }
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
            long sendSeconds = Duration.ofNanos(System.nanoTime() - sendStart).toSeconds();

            long quiet = System.nanoTime();
            // A claim the killed instance held is taken again when its lease (5 min) ends.
            waitUntil(Duration.ofMinutes(15), () -> count(jdbc, "SELECT count(*) FROM payment_notifications"
                    + " WHERE status NOT IN ('PROCESSED', 'IGNORED', 'FAILED', 'REJECTED')") == 0
                    && count(jdbc, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0);
            long quietSeconds = Duration.ofNanos(System.nanoTime() - quiet).toSeconds();

            report.add(String.format("notices: %d sent (%d distinct × %d, shuffled), %d acknowledged, %d refused"
                    + " while down and sent again, over %d s", stream.size(), distinct.size(), COPIES, acked.get(),
                    refused.get(), sendSeconds));
            report.add(String.format("kills: %d (SIGKILL after %d s of uptime each); restarts took %s s",
                    kills, UPTIME_BEFORE_KILL.toSeconds(), restartSeconds));
            report.add(String.format("quiescence %d s after the last notice", quietSeconds));

            assertThat(count(jdbc, "SELECT count(*) FROM payment_notifications WHERE dedup_key IS NOT NULL"))
                    .as("each distinct notice stored once").isEqualTo(distinct.size());
            assertThat(count(jdbc, "SELECT count(*) FROM payment_notifications WHERE status NOT IN ('PROCESSED', 'IGNORED')"))
                    .as("none failed or left waiting").isZero();
            assertThat(count(jdbc, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"))
                    .as("no event publication incomplete").isZero();
            long historyLines = count(jdbc, "SELECT count(*) FROM order_history WHERE description LIKE '% 通知: %'");
            long applied = count(jdbc, "SELECT count(*) FROM payment_notifications WHERE status = 'PROCESSED'"
                    + " AND (outcome LIKE 'applied:%' OR outcome LIKE '%says%')");
            assertThat(historyLines).as("one history line per applied notice").isEqualTo(applied);
            Map<String, Map<String, Object>> states = new HashMap<>();
            for (Map<String, Object> row : jdbc.queryForList("""
                    SELECT p.order_number, p.status,
                           coalesce(sum(l.amount) FILTER (WHERE l.kind IN ('CAPTURE', 'CAPTURE_ADJUSTMENT')), 0) AS captured,
                           coalesce(sum(l.amount) FILTER (WHERE l.kind = 'REFUND'), 0) AS refunded,
                           count(*) FILTER (WHERE l.kind = 'CAPTURE') AS captures
                    FROM payments p LEFT JOIN payment_ledger l ON l.payment_id = p.id GROUP BY p.order_number, p.status""")) {
                states.put((String) row.get("order_number"), row);
            }
            int matching = 0;
            for (Expected expected : model) {
                Map<String, Object> state = states.get(expected.order());
                long captured = ((Number) state.get("captured")).longValue();
                long refunded = ((Number) state.get("refunded")).longValue();
                assertThat(state.get("status")).as(expected.order()).isEqualTo(expected.status());
                assertThat(captured - refunded).as("%s keeps", expected.order()).isEqualTo(expected.net());
                if (expected.captured() >= 0) {
                    assertThat(captured).as("%s captured", expected.order()).isEqualTo(expected.captured());
                }
                assertThat(((Number) state.get("captures")).longValue()).isLessThanOrEqualTo(1);
                matching++;
            }
            report.add(String.format("model: %d of %d payments in the model's state; %d history lines for %d applied"
                    + " notices; 0 publications incomplete", matching, model.size(), historyLines, applied));
        } finally {
            if (app.get() != null) {
                app.get().close();
            }
            report.forEach(System.out::println);
            Files.write(Path.of("target", "chaos-report.txt"), report, StandardCharsets.UTF_8);
            database.destroy();
        }
    }

    private static String notice(String order, String suffix, String status, Long amount, Instant at) {
        return "key=" + order + "-" + suffix + "&order=" + order + "-1&status=" + status
                + (amount == null ? "" : "&amount=" + amount) + "&at=" + at;
    }

    /** Posts notices until the queue is empty; one that is not acknowledged goes to the back. */
    private void send(ConcurrentLinkedQueue<String> pending, AtomicInteger acked, AtomicInteger refused, long pacingNanos) {
        String notice;
        while ((notice = pending.poll()) != null) {
            long next = System.nanoTime() + pacingNanos;
            boolean ok = false;
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(app.get().baseUrl()
                        + "/webhooks/scripted")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(notice, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
                ok = response.statusCode() == 200;
            } catch (IOException down) {
                // Killed or still starting: the provider sends it again later.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (ok) {
                acked.incrementAndGet();
            } else {
                refused.incrementAndGet();
                pending.add(notice);
                sleep(200_000_000L);
            }
            sleep(next - System.nanoTime());
        }
    }

    private List<String> authorizedOrders(JdbcTemplate jdbc) throws Exception {
        HttpResponse<String> created = app.get().asAdmin("POST", "/api/admin/payment-methods",
                json.writeValueAsString(PaymentIntegrationTestSupport.scriptedMethod(METHOD, false)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        List<String> orders = Collections.synchronizedList(new ArrayList<>());
        ExecutorService placing = Executors.newFixedThreadPool(4);
        for (int i = 0; i < PAYMENTS; i++) {
            placing.execute(() -> {
                Map<String, Object> order = TestOrders.order();
                order.put("paymentMethodCode", METHOD);
                try {
                    HttpResponse<String> placed = app.get().asAdmin("POST", "/api/admin/orders", json.writeValueAsString(order));
                    if (placed.statusCode() == 201) {
                        orders.add(json.readTree(placed.body()).at("/number").asString());
                    }
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        placing.shutdown();
        assertThat(placing.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        assertThat(orders).hasSize(PAYMENTS);
        waitUntil(Duration.ofMinutes(10), () -> count(jdbc, "SELECT count(*) FROM payments WHERE status = 'AUTHORIZED'")
                == PAYMENTS);
        List<String> sorted = new ArrayList<>(orders);
        Collections.sort(sorted);
        return sorted;
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Duration atMost, Condition condition) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + atMost);
            }
            Thread.sleep(500);
        }
    }

    private static void sleep(long nanos) {
        if (nanos > 0) {
            try {
                Thread.sleep(Duration.ofNanos(nanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
