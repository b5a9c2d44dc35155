package com.orderdesk.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.PaymentLocator;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.shared.ListenerBacklog;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes the webhook inbox from the columns the adapter parsed at ingest (never the raw body).
 *
 * <p>Per entry, in three steps so that no row lock is held while a provider is asked:
 * <ol>
 *   <li><b>claim</b> (short transaction): the oldest due RECEIVED entry of a provider whose payment
 *       has no older entry still waiting or in progress, taken with {@code FOR UPDATE SKIP LOCKED}
 *       (several instances share the work) and marked PROCESSING until a lease ends; committed;</li>
 *   <li><b>confirm</b> (no transaction): find the payment by the notice's locator, check the
 *       references the notice must agree with (DSK's {@code dskid}) and, for an unsigned notice of
 *       a provider with a status API, ask the provider for the payment's state. A provider without
 *       one (DSK) is confirmed by that match alone: a notice that carries nothing to match is
 *       never applied;</li>
 *   <li><b>apply</b> (second transaction): if the claim is still ours, apply through the same state
 *       machine operators use and finish the entry.</li>
 * </ol>
 * Entries run on virtual threads with at most {@code orderdesk.payments.inbox.concurrency-per-provider}
 * in flight per provider, so a slow provider holds only its own permits and never stalls another's
 * notices; the per-payment rule keeps each payment's notices in the order they happened. Technical
 * failures are retried with backoff, then the entry is FAILED for the operator's listing and replay.
 * An instance that dies mid-entry leaves it PROCESSING until the lease ends; then it is claimed again.
 */
@Component
class InboxWorker {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1));
    /** Longer than any provider call's time limit; a claim older than this belongs to a dead worker. */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final PaymentRepository payments;
    private final NotificationApplication application;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<ProviderCode, Semaphore> inFlight = new ConcurrentHashMap<>();
    private final int perProvider;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ListenerBacklog listeners;

    InboxWorker(JdbcTemplate jdbc, PaymentRepository payments, NotificationApplication application,
            PaymentGateways gateways, ProviderSettingsLookup settings, PlatformTransactionManager transactionManager,
            Clock clock, PaymentsProperties properties, ListenerBacklog listeners) {
        this.listeners = listeners;
        this.jdbc = jdbc;
        this.payments = payments;
        this.application = application;
        this.gateways = gateways;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.perProvider = Math.max(1, properties.inbox().concurrencyPerProvider());
    }

    /** A claimed entry: what the adapter parsed at ingest, and the lease that proves the claim. */
    record Claim(UUID id, ProviderCode provider, @Nullable PaymentLocator locator, @Nullable PaymentStatus status,
            @Nullable String providerStatus, @Nullable Long amount, @Nullable Instant occurredAt, boolean trusted,
            Map<String, String> references, Map<String, String> matchReferences, int attempts, Instant leaseEnds) {
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.inbox-poll-interval:PT1S}")
    void processDue() {
        dispatch();
    }

    /** Asks for a dispatch soon, off the caller's thread; cheap enough to call after every stored notice. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                workers.execute(() -> {
                    wakeQueued.set(false);
                    dispatch();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeQueued.set(false);
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    /**
     * Claims due entries while providers have free permits, each processed on its own virtual thread.
     * Stops while the module listeners are behind: every applied notice queues several of them, and an
     * inbox that outruns them only moves its backlog into memory. The next poll looks again.
     */
    void dispatch() {
        boolean claimed = true;
        while (claimed && !workers.isShutdown() && !listeners.behind()) {
            claimed = false;
            for (ProviderCode provider : ProviderCode.values()) {
                Semaphore permits = inFlight.computeIfAbsent(provider, code -> new Semaphore(this.perProvider));
                if (!permits.tryAcquire()) {
                    continue;
                }
                Claim claim;
                try {
                    claim = transactions.execute(tx -> claimNext(provider));
                } catch (RuntimeException e) {
                    permits.release();
                    log.warn("Could not claim {} notifications", provider, e);
                    continue;
                }
                if (claim == null) {
                    permits.release();
                    continue;
                }
                claimed = true;
                try {
                    workers.execute(() -> {
                        try {
                            process(claim);
                        } finally {
                            permits.release();
                            wake();
                        }
                    });
                } catch (RejectedExecutionException shuttingDown) {
                    permits.release();
                    return;
                }
            }
        }
    }

    /**
     * The oldest due open notice of a provider whose payment has no older open one. Walks
     * {@code payment_notifications_claim_order_idx} (V301) and probes each candidate's payment, so it
     * stops at the first candidate however long the backlog is. {@code OFFSET 0} keeps the probe a
     * subplan run per candidate with that candidate's payment as the key of
     * {@code payment_notifications_by_payment_idx}: as an anti-join, statistics taken while the inbox was
     * empty (a new install; PostgreSQL without autovacuum) had the planner walk every open notice for
     * each candidate, 14 s per claim at 30,000 waiting.
     */
    static final String CLAIM_NEXT = """
            SELECT id FROM payment_notifications n
            WHERE n.provider = ? AND n.status IN ('RECEIVED', 'PROCESSING')
              AND ((n.status = 'RECEIVED' AND n.next_attempt_at <= ?) OR (n.status = 'PROCESSING' AND n.claimed_until < ?))
              AND NOT EXISTS (SELECT 1 FROM payment_notifications o
                  WHERE o.provider = n.provider AND o.locator_reference = n.locator_reference
                    AND o.provider_order_id = n.provider_order_id
                    AND o.status IN ('RECEIVED', 'PROCESSING') AND o.id <> n.id
                    AND (coalesce(o.occurred_at, o.received_at), o.received_at)
                        < (coalesce(n.occurred_at, n.received_at), n.received_at)
                  OFFSET 0)
            ORDER BY coalesce(occurred_at, received_at), received_at
            LIMIT 1 FOR UPDATE SKIP LOCKED""";

    private @Nullable Claim claimNext(ProviderCode provider) {
        Instant now = clock.instant();
        List<UUID> due = jdbc.queryForList(CLAIM_NEXT, UUID.class, provider.name(), Timestamp.from(now),
                Timestamp.from(now));
        if (due.isEmpty()) {
            return null;
        }
        // Micro-second precision, as PostgreSQL keeps it: the lease value is compared to prove the claim.
        Instant leaseEnds = now.plus(LEASE).truncatedTo(ChronoUnit.MICROS);
        jdbc.update("UPDATE payment_notifications SET status = 'PROCESSING', claimed_until = ? WHERE id = ?",
                Timestamp.from(leaseEnds), due.getFirst());
        return jdbc.queryForObject("SELECT * FROM payment_notifications WHERE id = ?",
                (row, index) -> claim(row, leaseEnds), due.getFirst());
    }

    private void process(Claim claim) {
        try {
            confirmAndApply(claim);
        } catch (RuntimeException failure) {
            log.warn("Notification {} could not be processed (attempt {})", claim.id(), claim.attempts() + 1, failure);
            transactions.executeWithoutResult(tx -> retryOrFail(claim,
                    failure.getClass().getSimpleName() + ": " + failure.getMessage()));
        }
    }

    private void confirmAndApply(Claim claim) {
        ProviderCode provider = claim.provider();
        if (claim.locator() == null) {
            finishAlone(claim, "FAILED", null, "the notification names no payment", null);
            return;
        }
        Optional<Payment> located = transactions.execute(tx -> locate(provider, claim.locator()));
        if (located.isEmpty()) {
            finishAlone(claim, "FAILED", null, "unknown order: no payment has " + describe(claim.locator()), null);
            return;
        }
        UUID paymentId = located.get().id();
        if (claim.status() == null) {
            finishAlone(claim, "IGNORED", paymentId, null, "reports no status");
            return;
        }
        Optional<String> disagreement = disagreement(located.get(), claim.matchReferences());
        if (disagreement.isPresent()) {
            finishAlone(claim, "FAILED", paymentId, "does not match the registration: " + disagreement.get(), null);
            return;
        }
        PaymentStatus reported = claim.status();
        String providerStatus = claim.providerStatus();
        Long amount = claim.amount();
        Map<String, String> references = claim.references();
        Instant occurredAt = claim.occurredAt();
        boolean statusQuery = gateways.get(provider).capabilities().statusQuery();
        if (!claim.trusted() && !statusQuery && claim.matchReferences().isEmpty()) {
            finishAlone(claim, "FAILED", paymentId, provider.displayName()
                    + " has no status query and the notice names nothing to match its registration by", null);
            return;
        }
        if (!claim.trusted() && statusQuery) {
            // Unsigned: only a hint. What the provider says when asked is what gets applied; asked
            // with no transaction open, so a slow provider holds no lock and no connection.
            GatewayStatusResult confirmed = gateways.get(provider).status(
                    new GatewayStatusRequest(located.get().toState(), settings.settingsFor(provider)));
            if (!confirmed.known() || confirmed.status() == null) {
                throw new IllegalStateException("the provider does not confirm the notification (status "
                        + confirmed.providerStatus() + ")");
            }
            reported = confirmed.status();
            providerStatus = confirmed.providerStatus();
            amount = confirmed.paidAmount() != null ? confirmed.paidAmount() : amount;
            Map<String, String> merged = new HashMap<>(references);
            merged.putAll(confirmed.references());
            references = merged;
            // The query confirms the status, nothing confirms the notice's own time: it orders nothing.
            occurredAt = null;
        }
        PaymentStatus status = reported;
        String word = providerStatus;
        Long paid = amount;
        Map<String, String> carried = references;
        Instant at = occurredAt;
        transactions.executeWithoutResult(tx -> {
            if (!stillClaimed(claim)) {
                log.warn("Notification {} was claimed again after its lease ended; not applied twice", claim.id());
                return;
            }
            Payment payment = payments.findLockedById(paymentId).orElseThrow();
            NotificationApplication.Applied applied = application.apply(payment, status, word, paid,
                    at, carried);
            finish(claim, applied.ignored() ? "IGNORED" : "PROCESSED", payment.id(), null, applied.outcome());
        });
    }

    /** The first reference the notice requires that the payment does not hold with that value. */
    private static Optional<String> disagreement(Payment payment, Map<String, String> required) {
        Map<String, String> held = payment.references();
        return required.entrySet().stream().filter(entry -> !entry.getValue().equals(held.get(entry.getKey())))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + " " + entry.getValue() + " ≠ " + held.getOrDefault(entry.getKey(), "(none)"))
                .findFirst();
    }

    private Optional<Payment> locate(ProviderCode provider, PaymentLocator locator) {
        if (locator.byProviderOrderId()) {
            return payments.findByProviderAndProviderOrderId(provider, locator.value());
        }
        List<UUID> ids = payments.findIdsByProviderReference(provider.name(), locator.reference(), locator.value());
        if (ids.size() > 1) {
            throw new IllegalStateException(ids.size() + " payments have " + describe(locator));
        }
        return ids.stream().findFirst().flatMap(payments::findById);
    }

    private static String describe(PaymentLocator locator) {
        return locator.byProviderOrderId() ? "provider order id " + locator.value()
                : "reference " + locator.reference() + " = " + locator.value();
    }

    private boolean stillClaimed(Claim claim) {
        return !jdbc.queryForList("""
                SELECT id FROM payment_notifications WHERE id = ? AND status = 'PROCESSING' AND claimed_until = ?
                FOR UPDATE""", UUID.class, claim.id(), Timestamp.from(claim.leaseEnds())).isEmpty();
    }

    private void finishAlone(Claim claim, String status, @Nullable UUID paymentId, @Nullable String error,
            @Nullable String outcome) {
        transactions.executeWithoutResult(tx -> finish(claim, status, paymentId, error, outcome));
    }

    private void finish(Claim claim, String status, @Nullable UUID paymentId, @Nullable String error,
            @Nullable String outcome) {
        jdbc.update("""
                UPDATE payment_notifications SET status = ?, payment_id = ?, last_error = ?, outcome = ?,
                    attempts = attempts + 1, processed_at = ?, claimed_until = NULL
                WHERE id = ? AND status = 'PROCESSING' AND claimed_until = ?""",
                status, paymentId, NotificationStore.truncate(error), NotificationStore.truncate(outcome),
                Timestamp.from(clock.instant()), claim.id(), Timestamp.from(claim.leaseEnds()));
    }

    private void retryOrFail(Claim claim, String error) {
        boolean last = claim.attempts() + 1 >= BACKOFF.size();
        Instant next = clock.instant().plus(BACKOFF.get(Math.min(claim.attempts(), BACKOFF.size() - 1)));
        jdbc.update("""
                UPDATE payment_notifications SET status = ?, attempts = attempts + 1, next_attempt_at = ?,
                    last_error = ?, processed_at = ?, claimed_until = NULL
                WHERE id = ? AND status = 'PROCESSING' AND claimed_until = ?""",
                last ? "FAILED" : "RECEIVED", Timestamp.from(next), NotificationStore.truncate(error),
                last ? Timestamp.from(clock.instant()) : null, claim.id(), Timestamp.from(claim.leaseEnds()));
    }

    private static Claim claim(ResultSet row, Instant leaseEnds) throws SQLException {
        String reference = row.getString("locator_reference");
        String value = row.getString("provider_order_id");
        String status = row.getString("parsed_status");
        Timestamp occurredAt = row.getTimestamp("occurred_at");
        return new Claim(row.getObject("id", UUID.class), ProviderCode.stored(row.getString("provider")),
                reference == null || value == null ? null : new PaymentLocator(reference, value),
                status == null ? null : PaymentStatus.valueOf(status), row.getString("parsed_provider_status"),
                row.getObject("parsed_amount", Long.class), occurredAt == null ? null : occurredAt.toInstant(),
                row.getBoolean("trusted"), NotificationStore.HEADERS.convertToEntityAttribute(
                        row.getString("parsed_references")), NotificationStore.HEADERS.convertToEntityAttribute(
                        row.getString("match_references")), row.getInt("attempts"), leaseEnds);
    }
}
