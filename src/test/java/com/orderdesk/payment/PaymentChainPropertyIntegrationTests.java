package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.OperationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * State-machine properties of one payment under random chains of operator commands and provider
 * notices, on PostgreSQL through the real admin API and inbox, the provider being the
 * {@link ScriptedGateway} (which now and then declines). A chain is up to eight steps of capture,
 * cancel, refund (whole, partial, too much), notices (duplicated, out of order) and groups of two to
 * four of them fired at once. After every step:
 * <ul>
 * <li>no answer is a 5xx (a refusal is 409, a decline 422);</li>
 * <li>captured ≤ authorized and refunded ≤ captured;</li>
 * <li>at most one capture: one CAPTURE ledger row, one successful CAPTURE call, one open call;</li>
 * <li>REFUNDED, CANCELLED, FAILED and EXPIRED are absorbing: once reached, the status never changes.</li>
 * </ul>
 * The database's own refusal of a second capture row is {@link DoubleCaptureConstraintIntegrationTests}.
 *
 * <p>Chains are generated from a seed, printed with each chain, so a failure is replayed exactly:
 * <pre>
 * ./mvnw -o test -Dtest=PaymentChainPropertyIntegrationTests -Dorderdesk.chains=1000 [-Dorderdesk.chains.seed=42]
 * </pre>
 * Without {@code orderdesk.chains} a small count runs (a few seconds in {@code ./mvnw verify}).
 */
class PaymentChainPropertyIntegrationTests extends PaymentIntegrationTestSupport {

    private static final int CHAINS = Integer.getInteger("orderdesk.chains", 8);
    private static final long SEED = Long.getLong("orderdesk.chains.seed", System.nanoTime());
    private static final Set<Integer> ANSWERS = Set.of(200, 202, 409, 422);
    private static final Set<String> ABSORBING = Set.of("REFUNDED", "CANCELLED", "FAILED", "EXPIRED");
    private static final String[] NOTICE_STATUSES = {"CAPTURED", "REFUNDED", "CANCELLED", "AUTHORIZED"};

    @Autowired
    NotificationInbox inbox;

    private final ExecutorService together = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopThreads() {
        together.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> randomChainsKeepThePaymentInvariants() {
        return IntStream.range(0, CHAINS).mapToObj(index -> {
            long seed = SEED + index;
            return DynamicTest.dynamicTest("chain " + index + " (orderdesk.chains.seed=" + seed + ")",
                    () -> runChain(new Random(seed)));
        });
    }

    /** One step of a chain: what it does, and a description for the failure message. */
    private interface Step {
        void run(Chain chain) throws Exception;
    }

    /** One chain's payment, what it has seen, and the steps it ran. */
    private final class Chain {
        final String number;
        final long authorized;
        final Instant noticeBase;
        final List<String> log = new ArrayList<>();
        final List<String> sentNotices = new ArrayList<>();
        String absorbedIn;

        Chain(String number, long authorized, Instant noticeBase) {
            this.number = number;
            this.authorized = authorized;
            this.noticeBase = noticeBase;
        }

        void command(String command, Map<String, Object> body) {
            var response = api.asOperator().post(commandUri(number, command), body);
            synchronized (log) {
                log.add(command + " " + body + " -> " + response.status());
            }
            assertThat(ANSWERS).as("%s %s answered %s: %s", command, body, response.status(), response.text())
                    .contains(response.status());
        }

        void notice(String body) {
            var raw = ScriptedGateway.notification(body);
            inbox.accept(raw, gateway.parsed(raw));
            synchronized (log) {
                log.add("notice " + body);
            }
        }
    }

    private void runChain(Random random) throws Exception {
        String number = authorizedOrder();
        Chain chain = new Chain(number, paymentsOf(number).get(0).at("/authorizedAmount").asLong(),
                clock.instant().minus(Duration.ofHours(1)));
        int steps = 1 + random.nextInt(8);
        try {
            for (int i = 0; i < steps; i++) {
                scriptProvider(random);
                Step step = random.nextInt(4) == 0 ? together(random, chain) : single(random, chain);
                step.run(chain);
                awaitNoticesSettled();
                checkInvariants(chain);
            }
        } catch (AssertionError | Exception e) {
            throw new AssertionError("chain on " + number + " failed after:\n  " + String.join("\n  ", chain.log), e);
        }
    }

    /** Now and then the provider declines the next capture, refund or cancel. */
    private void scriptProvider(Random random) {
        gateway.reset();
        for (OperationKind kind : List.of(OperationKind.CAPTURE, OperationKind.REFUND, OperationKind.CANCEL)) {
            if (random.nextInt(6) == 0) {
                gateway.script(kind, GatewayResult.declined(kind, "E01", "declined by the script"));
            }
        }
    }

    private Step single(Random random, Chain chain) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> c -> c.command("capture", amountBody(random, c.authorized));
            case 2 -> c -> c.command("cancel", Map.of());
            case 3 -> c -> c.command("refund", amountBody(random, c.authorized / 2));
            default -> notice(random, chain);
        };
    }

    /** Two to four steps started at the same instant, notices among them. */
    private Step together(Random random, Chain chain) {
        List<Step> group = new ArrayList<>();
        int size = 2 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            group.add(single(random, chain));
        }
        return c -> {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (Step step : group) {
                running.add(together.submit(() -> {
                    start.await();
                    step.run(c);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                future.get();
            }
        };
    }

    /** A notice, sometimes one sent before again (a duplicate), at a random time in the last hour (out of order). */
    private Step notice(Random random, Chain chain) {
        if (!chain.sentNotices.isEmpty() && random.nextInt(4) == 0) {
            String again = chain.sentNotices.get(random.nextInt(chain.sentNotices.size()));
            return c -> c.notice(again);
        }
        String status = NOTICE_STATUSES[random.nextInt(NOTICE_STATUSES.length)];
        StringBuilder body = new StringBuilder("key=").append(UUID.randomUUID()).append("&order=").append(chain.number)
                .append("-1&status=").append(status)
                .append("&at=").append(chain.noticeBase.plusSeconds(random.nextInt(3600)));
        if (!status.equals("AUTHORIZED") && random.nextBoolean()) {
            // What a provider could report: never more than was authorized.
            body.append("&amount=").append(1 + random.nextLong(chain.authorized));
        }
        String notice = body.toString();
        chain.sentNotices.add(notice);
        return c -> c.notice(notice);
    }

    /** The default (null), the whole amount, a part, or one yen too many. */
    private static Map<String, Object> amountBody(Random random, long whole) {
        return switch (random.nextInt(4)) {
            case 0 -> Map.of();
            case 1 -> Map.of("amount", whole);
            case 2 -> Map.of("amount", 1 + random.nextLong(Math.max(1, whole)));
            default -> Map.of("amount", whole * 2 + 1);
        };
    }

    private void awaitNoticesSettled() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM payment_notifications WHERE status = 'RECEIVED'", Long.class) == 0);
    }

    private void checkInvariants(Chain chain) {
        JsonNode payment = paymentsOf(chain.number).get(0);
        String status = payment.at("/status").asString();
        long authorized = payment.at("/authorizedAmount").asLong();
        long captured = payment.at("/capturedAmount").asLong();
        long refunded = payment.at("/refundedAmount").asLong();
        UUID id = UUID.fromString(payment.at("/id").asString());

        assertThat(captured).as("captured ≤ authorized (%s)", status).isLessThanOrEqualTo(authorized);
        assertThat(refunded).as("refunded ≤ captured (%s)", status).isLessThanOrEqualTo(captured);
        assertThat(count("SELECT count(*) FROM payment_ledger WHERE payment_id = ? AND kind = 'CAPTURE'", id))
                .as("capture ledger rows").isLessThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM payment_operations WHERE payment_id = ? AND kind = 'CAPTURE'"
                + " AND outcome = 'SUCCEEDED'", id)).as("successful capture calls").isLessThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM payment_operations WHERE payment_id = ? AND outcome IS NULL", id))
                .as("open provider calls").isLessThanOrEqualTo(1);
        if (chain.absorbedIn != null) {
            assertThat(status).as("%s is absorbing", chain.absorbedIn).isEqualTo(chain.absorbedIn);
        } else if (ABSORBING.contains(status)) {
            chain.absorbedIn = status;
        }
    }

    private long count(String sql, UUID payment) {
        return jdbc.queryForObject(sql, Long.class, payment);
    }
}
