package com.orderdesk.payment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.orderdesk.order.OrderManagement;
import com.orderdesk.payment.BulkCaptureJob;
import com.orderdesk.payment.BulkCaptures;
import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayCapabilities.BulkCaptureLimits;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.PaymentGateways;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs bulk capture jobs: each order is claimed (PENDING → IN_PROGRESS) before its capture is
 * sent and finished with its result, at most {@code concurrency} captures at a time, as the
 * operator who asked (for the operations log and the history). A job whose instance died is
 * resumed once its lease lapses: an IN_PROGRESS order whose payment shows the capture counts as
 * done, one with an unresolved provider call is reported as unknown, and one never sent is retried;
 * the one-capture-per-payment ledger index stops any double capture that slipped through.
 */
@Component
@EnableConfigurationProperties(PaymentsProperties.class)
class BulkCaptureRunner implements BulkCaptures {

    private static final Logger log = LoggerFactory.getLogger(BulkCaptureRunner.class);
    static final int MAX_ORDERS = 1000;

    private final BulkCaptureStore store;
    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentActions actions;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final int concurrency;
    private final ExecutorService launcher = Executors.newVirtualThreadPerTaskExecutor();

    BulkCaptureRunner(BulkCaptureStore store, PaymentRepository payments, PaymentOperationRepository operations,
            PaymentActions actions, PaymentGateways gateways, OrderManagement orders,
            PaymentsProperties properties) {
        this.store = store;
        this.payments = payments;
        this.operations = operations;
        this.actions = actions;
        this.gateways = gateways;
        this.orders = orders;
        this.concurrency = properties.bulkCaptureConcurrency();
    }

    @Override
    public BulkCaptureJob start(List<String> orderNumbers, boolean dryRun) {
        List<String> numbers = orderNumbers.stream().map(String::strip).filter(number -> !number.isEmpty())
                .distinct().toList();
        if (numbers.isEmpty() || numbers.size() > MAX_ORDERS) {
            throw new InvalidInput("orderNumbers", "must name between 1 and " + MAX_ORDERS + " orders");
        }
        String requestedBy = CurrentActor.name();
        UUID id = store.create(numbers, dryRun, requestedBy);
        if (dryRun) {
            store.items(id, "PENDING").forEach(this::evaluate);
            store.complete(id);
        } else {
            launcher.submit(() -> run(id, requestedBy));
        }
        return store.job(id);
    }

    @Override
    public BulkCaptureJob job(UUID id) {
        return store.job(id);
    }

    @Override
    public List<BulkCaptureJob> jobs(int limit) {
        return store.jobs(limit);
    }

    /** Resumes jobs whose instance stopped renewing their lease (crash, shutdown). */
    @Scheduled(fixedDelayString = "${orderdesk.payments.bulk-capture-resume-interval:PT30S}")
    void resumeAbandoned() {
        Optional<UUID> abandoned;
        while ((abandoned = store.claimAbandoned()).isPresent()) {
            UUID id = abandoned.get();
            log.info("Resuming bulk capture job {}", id);
            run(id, store.job(id).requestedBy());
        }
    }

    /**
     * Captures the job's pending orders grouped by provider, each provider at its own pace (its
     * {@link BulkCaptureLimits}: batches of {@code batchSize}, {@code concurrency} at a time, never
     * more than the instance-wide {@code orderdesk.payments.bulk-capture-concurrency}); providers run
     * side by side, so a slow provider does not hold back the others.
     */
    void run(UUID jobId, String requestedBy) {
        asActor(requestedBy, () -> store.items(jobId, "IN_PROGRESS").forEach(this::settleInterrupted));
        Map<Optional<ProviderCode>, List<BulkCaptureStore.WorkItem>> byProvider = new LinkedHashMap<>();
        for (BulkCaptureStore.WorkItem item : store.items(jobId, "PENDING")) {
            byProvider.computeIfAbsent(providerOf(item), provider -> new ArrayList<>()).add(item);
        }
        try (ExecutorService providers = Executors.newVirtualThreadPerTaskExecutor()) {
            byProvider.forEach((provider, items) -> providers.submit(() ->
                    runForProvider(jobId, requestedBy, limitsOf(provider), items)));
        }
        store.complete(jobId);
    }

    private void runForProvider(UUID jobId, String requestedBy, BulkCaptureLimits limits,
            List<BulkCaptureStore.WorkItem> items) {
        int parallel = Math.min(limits.concurrency(), concurrency);
        for (int from = 0; from < items.size(); from += limits.batchSize()) {
            List<BulkCaptureStore.WorkItem> batch = items.subList(from, Math.min(items.size(), from + limits.batchSize()));
            try (ExecutorService workers = Executors.newFixedThreadPool(parallel, Thread.ofVirtual().factory())) {
                for (BulkCaptureStore.WorkItem item : batch) {
                    workers.submit(() -> asActor(requestedBy, () -> {
                        capture(item);
                        store.renewLease(jobId);
                    }));
                }
            }
        }
    }

    /** The provider of the order's current payment; empty when there is none (capture reports why). */
    private Optional<ProviderCode> providerOf(BulkCaptureStore.WorkItem item) {
        try {
            return currentPayment(item.orderNumber()).map(Payment::provider);
        } catch (ProblemException missing) {
            return Optional.empty();
        }
    }

    private BulkCaptureLimits limitsOf(Optional<ProviderCode> provider) {
        return provider.flatMap(code -> gateways.all().stream().filter(gateway -> gateway.providerCode().equals(code))
                        .findFirst())
                .map(gateway -> gateway.capabilities().bulkCapture()).orElse(BulkCaptureLimits.ONE_AT_A_TIME);
    }

    private void capture(BulkCaptureStore.WorkItem item) {
        Optional<Payment> found;
        try {
            found = currentPayment(item.orderNumber());
        } catch (ProblemException missing) {
            store.finish(item, "FAILED", null, missing.type(), missing.getMessage());
            return;
        }
        if (found.isEmpty()) {
            store.finish(item, "FAILED", null, "payment-not-found", "the order has no payment");
            return;
        }
        Payment payment = found.get();
        if (!store.claim(item, payment.id())) {
            return;
        }
        try {
            GatewayResult result = actions.capture(payment, null).result();
            switch (result.outcome()) {
                case SUCCEEDED, PENDING -> store.finish(item, "SUCCEEDED", payment.amount(), null, null);
                case UNKNOWN -> store.finish(item, "FAILED", payment.amount(), "OUTCOME_UNKNOWN",
                        "sent, but the answer is unknown; reconciliation will settle it");
                default -> store.finish(item, "FAILED", payment.amount(), result.errorCode(), result.errorMessage());
            }
        } catch (ProblemException refused) {
            store.finish(item, "FAILED", payment.amount(), refused.type(), refused.getMessage());
        } catch (DataIntegrityViolationException alreadyCaptured) {
            store.finish(item, "FAILED", payment.amount(), "already-captured", "the payment is already captured");
        } catch (RuntimeException unexpected) {
            log.warn("Bulk capture of {} failed", item.orderNumber(), unexpected);
            store.finish(item, "FAILED", payment.amount(), "error", unexpected.getClass().getSimpleName());
        }
    }

    /** An order a crashed run had sent (or was about to send): decide from the payment and the log. */
    private void settleInterrupted(BulkCaptureStore.WorkItem item) {
        Optional<Payment> payment = currentPayment(item.orderNumber());
        if (payment.isPresent() && payment.get().hasCapture()) {
            store.finish(item, "SUCCEEDED", payment.get().capturedAmount(), null, null);
        } else if (payment.isPresent() && operations.existsUnresolved(payment.get().id())) {
            store.finish(item, "FAILED", payment.get().amount(), "OUTCOME_UNKNOWN",
                    "interrupted after sending; reconciliation will settle it");
        } else {
            store.reopen(item);
        }
    }

    private void evaluate(BulkCaptureStore.WorkItem item) {
        try {
            Optional<Payment> payment = currentPayment(item.orderNumber());
            if (payment.isEmpty()) {
                store.finish(item, "WOULD_FAIL", null, "payment-not-found", "the order has no payment");
                return;
            }
            Optional<String> refusal = actions.captureRefusal(payment.get());
            store.finish(item, refusal.isPresent() ? "WOULD_FAIL" : "WOULD_SUCCEED", payment.get().amount(),
                    refusal.isPresent() ? "payment-action-not-allowed" : null, refusal.orElse(null));
        } catch (ProblemException missing) {
            store.finish(item, "WOULD_FAIL", null, missing.type(), missing.getMessage());
        }
    }

    private Optional<Payment> currentPayment(String orderNumber) {
        return payments.findFirstByOrderIdOrderByAttemptDesc(orders.find(orderNumber).id());
    }

    private static void asActor(String actor, Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, List.of()));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @PreDestroy
    void stop() {
        launcher.shutdownNow();
    }
}
