package com.orderdesk.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.PaymentGateway;
import com.orderdesk.payment.gateway.PaymentGateways;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks providers that push no notifications (Kuroneko atobarai, kakebarai) for the state of their
 * open payments, on a backoff schedule per payment (sooner while something changes), and applies
 * the answer exactly as a notification is applied (same state machine, drift check, review
 * failures). Safe with several instances: a due payment is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and its next poll moved forward in that short transaction, then
 * the provider is asked outside any transaction, then the answer is applied in a second one.
 */
@Component
class StatusPolling {

    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));

    private final PaymentRepository payments;
    private final NotificationApplication application;
    private final PaymentGateways gateways;
    private final ProviderStatusAsker asker;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StatusPolling(PaymentRepository payments, NotificationApplication application, PaymentGateways gateways,
            ProviderStatusAsker asker, PlatformTransactionManager transactionManager, Clock clock) {
        this.payments = payments;
        this.application = application;
        this.gateways = gateways;
        this.asker = asker;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    static Duration backoff(int attempts) {
        return BACKOFF.get(Math.min(attempts, BACKOFF.size() - 1));
    }

    @Scheduled(fixedDelayString = "${orderdesk.payments.poll-interval:PT30S}")
    void pollDue() {
        Set<String> silent = gateways.all().stream().filter(gateway -> !gateway.capabilities().pushNotifications())
                .map(PaymentGateway::providerCode).map(ProviderCode::name).collect(Collectors.toSet());
        if (silent.isEmpty()) {
            return;
        }
        List<UUID> claimed = transactions.execute(tx -> {
            Instant now = clock.instant();
            List<UUID> due = payments.lockDuePolls(silent, now, 50);
            // The lease: another instance skips the rows now, and finds them again only when next due.
            due.forEach(id -> payments.findById(id).ifPresent(payment ->
                    payment.pollAgainAt(now.plus(backoff(payment.pollAttempts())), payment.pollAttempts() + 1)));
            return due;
        });
        for (UUID id : claimed == null ? List.<UUID>of() : claimed) {
            poll(id);
        }
    }

    private void poll(UUID paymentId) {
        Payment payment = payments.findById(paymentId).orElseThrow();
        GatewayStatusResult state = asker.ask(payment, "status polling").orElse(null);
        if (state == null || !state.known() || state.status() == null) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            Payment current = payments.findLockedById(paymentId).orElseThrow();
            Long amount = state.paidAmount() != null ? state.paidAmount() : state.amount();
            NotificationApplication.Applied applied = application.apply(current, state.status(),
                    state.providerStatus(), amount, null, state.references());
            if (!applied.ignored() && applied.outcome().startsWith("applied")) {
                // Something moved: look again soon.
                current.pollAgainAt(clock.instant().plus(backoff(0)), 1);
            }
        });
    }
}
