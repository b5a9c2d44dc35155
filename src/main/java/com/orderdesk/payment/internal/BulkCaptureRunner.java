package com.orderdesk.payment.internal;

import java.time.Clock;
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
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.ProblemException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs bulk capture jobs: each order is claimed (PENDING → IN_PROGRESS) before its capture is
 * sent and finished with its result, at most {@link #concurrencyOf the provider's concurrency} at a time, as the
 * operator who asked (for the operations log and the history). A job whose instance died is
 * resumed once its lease lapses: an IN_PROGRESS order whose payment shows the capture counts as
 * done, one with an unresolved provider call is reported as unknown, and one never sent is retried;
 * the one-capture-per-payment ledger index stops any double capture that slipped through.
 */
@Component
class BulkCaptureRunner implements BulkCaptures {

    private static final Logger log = LoggerFactory.getLogger(BulkCaptureRunner.class);
    /** Ten thousand: a month's shipping of a mid-sized shop in one job (issue 16 measures this size). */
    static final int MAX_ORDERS = 10_000;

    private final BulkCaptureStore store;
    private final PaymentRepository payments;
    private final PaymentOperationRepository operations;
    private final PaymentActions actions;
    private final PaymentGateways gateways;
    private final OrderManagement orders;
    private final ProviderSettingsLookup settings;
    private final int ceiling;
    private final Clock clock;
    private final ExecutorService launcher = Executors.newVirtualThreadPerTaskExecutor();

    BulkCaptureRunner(BulkCaptureStore store, PaymentRepository payments, PaymentOperationRepository operations,
            PaymentActions actions, PaymentGateways gateways, OrderManagement orders,
            ProviderSettingsLookup settings, PaymentsProperties properties, Clock clock) {
        this.store = store;
        this.payments = payments;
        this.operations = operations;
        this.actions = actions;
        this.gateways = gateways;
        this.orders = orders;
        this.settings = settings;
        this.ceiling = properties.bulkCaptureConcurrency();
        this.clock = clock;
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
     * Captures the job's pending orders grouped by provider, each provider at its own pace
     * ({@link #concurrencyOf}); providers run side by side, so a slow provider does not hold back
     * the others.
     */
    void run(UUID jobId, String requestedBy) {
        CurrentActor.runAs(requestedBy, () -> store.items(jobId, "IN_PROGRESS").forEach(this::settleInterrupted));
        Map<Optional<ProviderCode>, List<BulkCaptureStore.WorkItem>> byProvider = new LinkedHashMap<>();
        for (BulkCaptureStore.ProviderWork work : store.pendingWithProviders(jobId)) {
            byProvider.computeIfAbsent(Optional.ofNullable(work.provider()), provider -> new ArrayList<>())
                    .add(work.item());
        }
        LeaseRenewal lease = new LeaseRenewal(() -> store.renewLease(jobId), clock, BulkCaptureStore.LEASE.dividedBy(4));
        try (ExecutorService providers = Executors.newVirtualThreadPerTaskExecutor()) {
            byProvider.forEach((provider, items) -> providers.submit(() ->
                    runForProvider(requestedBy, concurrencyOf(provider), items, lease)));
        }
        store.complete(jobId);
    }

    /**
     * One pool of {@code parallel} workers over all the provider's orders: a new capture starts as
     * soon as one finishes. (Batches with a wait for the slowest of each, as before, cost up to one
     * provider answer time per batch: 20 % of a 10,000-order run at 200 ms.)
     */
    private void runForProvider(String requestedBy, int parallel, List<BulkCaptureStore.WorkItem> items,
            LeaseRenewal lease) {
        try (ExecutorService workers = Executors.newFixedThreadPool(parallel, Thread.ofVirtual().factory())) {
            for (BulkCaptureStore.WorkItem item : items) {
                workers.submit(() -> CurrentActor.runAs(requestedBy, () -> {
                    capture(item);
                    lease.renewIfDue();
                }));
            }
        }
    }

    /**
     * Captures of this provider in flight at once: the provider settings' option
     * {@value ProviderSettings#BULK_CAPTURE_CONCURRENCY} (the shop's contract), else the adapter's
     * capability, never more than the instance-wide {@code orderdesk.payments.bulk-capture-concurrency}.
     */
    int concurrencyOf(Optional<ProviderCode> provider) {
        if (provider.isEmpty()) {
            return 1;
        }
        ProviderCode code = provider.get();
        int byCapability = gateways.all().stream().filter(gateway -> gateway.providerCode().equals(code)).findFirst()
                .map(gateway -> gateway.capabilities().bulkCapture()).orElse(BulkCaptureLimits.ONE_AT_A_TIME).concurrency();
        String configured = settings.settingsFor(code).option(ProviderSettings.BULK_CAPTURE_CONCURRENCY);
        int wanted = configured == null ? byCapability : Integer.parseInt(configured.strip());
        return Math.max(1, Math.min(wanted, ceiling));
    }

    private void capture(BulkCaptureStore.WorkItem item) {
        // By the payment's own order number (one indexed read, V500); only when there is no payment
        // is the order module asked, to tell an unknown order from an order without a payment.
        Optional<Payment> found = payments.findFirstByOrderNumberOrderByAttemptDesc(item.orderNumber());
        try {
            if (found.isEmpty()) {
                found = currentPayment(item.orderNumber());
            }
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

    @PreDestroy
    void stop() {
        launcher.shutdownNow();
    }
}
