package com.orderdesk.payment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayStatusRequest;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes the webhook inbox: claims one RECEIVED entry at a time with {@code FOR UPDATE SKIP
 * LOCKED} (several instances share the work), oldest first and only when no older entry of the same
 * payment is still waiting (in order per payment). It parses the raw notification again through
 * the adapter, confirms an untrusted one with a status query, and applies it; technical failures
 * are retried with backoff, then the entry is FAILED for the operator's listing and replay.
 */
@Component
class InboxWorker {

    private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1));

    private final JdbcTemplate jdbc;
    private final PaymentRepository payments;
    private final NotificationApplication application;
    private final PaymentGateways gateways;
    private final ProviderSettingsLookup settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InboxWorker(JdbcTemplate jdbc, PaymentRepository payments, NotificationApplication application,
            PaymentGateways gateways, ProviderSettingsLookup settings, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.application = application;
        this.gateways = gateways;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.inbox-poll-interval:PT1S}")
    void processDue() {
        int handled = 0;
        while (handled < 100 && Boolean.TRUE.equals(transactions.execute(tx -> processNext()))) {
            handled++;
        }
    }

    /** Processes one due entry; false when none is due. */
    boolean processNext() {
        List<Map<String, Object>> due = jdbc.queryForList("""
                SELECT id, attempts FROM payment_notifications n
                WHERE status = 'RECEIVED' AND next_attempt_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM payment_notifications o
                      WHERE o.provider = n.provider AND o.provider_order_id = n.provider_order_id
                        AND o.status = 'RECEIVED' AND o.id <> n.id
                        AND (coalesce(o.occurred_at, o.received_at), o.received_at)
                            < (coalesce(n.occurred_at, n.received_at), n.received_at))
                ORDER BY coalesce(occurred_at, received_at), received_at
                LIMIT 1 FOR UPDATE SKIP LOCKED""", Timestamp.from(clock.instant()));
        if (due.isEmpty()) {
            return false;
        }
        UUID id = (UUID) due.getFirst().get("id");
        int attempts = ((Number) due.getFirst().get("attempts")).intValue();
        InboundNotification raw = jdbc.queryForObject("SELECT * FROM payment_notifications WHERE id = ?",
                (row, index) -> NotificationStore.raw(row), id);
        try {
            process(id, raw);
        } catch (RuntimeException failure) {
            log.warn("Notification {} could not be processed (attempt {})", id, attempts + 1, failure);
            retryOrFail(id, attempts, failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        return true;
    }

    private void process(UUID id, InboundNotification raw) {
        ProviderCode provider = raw.provider();
        Optional<NotificationReceiver> receiver = gateways.feature(provider, NotificationReceiver.class);
        if (receiver.isEmpty()) {
            finish(id, "FAILED", null, provider.displayName() + " has no notification receiver", null);
            return;
        }
        ParsedNotification parsed;
        try {
            parsed = receiver.get().parse(raw, settings.settingsFor(provider));
        } catch (NotificationRejected rejected) {
            finish(id, "FAILED", null, "rejected on re-parse: " + rejected.getMessage(), null);
            return;
        }
        Optional<Payment> found = payments.findByProviderAndProviderOrderId(provider, parsed.providerOrderId());
        if (found.isEmpty()) {
            finish(id, "FAILED", null, "unknown order: no payment has provider order id " + parsed.providerOrderId(), null);
            return;
        }
        Payment payment = found.get();
        if (parsed.status() == null) {
            finish(id, "IGNORED", payment.id(), null, "reports no status");
            return;
        }
        PaymentStatus reported = parsed.status();
        String providerStatus = parsed.providerStatus();
        Long amount = parsed.amount();
        Map<String, String> references = parsed.references();
        if (!parsed.trusted()) {
            // Unsigned: only a hint. What the provider says when asked is what gets applied.
            GatewayStatusResult confirmed = gateways.get(provider).status(
                    new GatewayStatusRequest(payment.toState(), settings.settingsFor(provider)));
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
        }
        NotificationApplication.Applied applied = application.apply(payment, reported, providerStatus, amount,
                parsed.occurredAt(), references);
        finish(id, applied.ignored() ? "IGNORED" : "PROCESSED", payment.id(), null, applied.outcome());
    }

    private void finish(UUID id, String status, UUID paymentId, String error, String outcome) {
        jdbc.update("""
                UPDATE payment_notifications SET status = ?, payment_id = ?, last_error = ?, outcome = ?,
                    attempts = attempts + 1, processed_at = ? WHERE id = ?""",
                status, paymentId, NotificationStore.truncate(error), NotificationStore.truncate(outcome),
                Timestamp.from(clock.instant()), id);
    }

    private void retryOrFail(UUID id, int attempts, String error) {
        boolean last = attempts + 1 >= BACKOFF.size();
        Instant next = clock.instant().plus(BACKOFF.get(Math.min(attempts, BACKOFF.size() - 1)));
        // In the claiming transaction: it holds the row lock, a separate one would wait for it.
        jdbc.update("""
                UPDATE payment_notifications SET status = ?, attempts = attempts + 1, next_attempt_at = ?,
                    last_error = ?, processed_at = ? WHERE id = ?""",
                last ? "FAILED" : "RECEIVED", Timestamp.from(next), NotificationStore.truncate(error),
                last ? Timestamp.from(clock.instant()) : null, id);
    }
}
