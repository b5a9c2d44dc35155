package com.orderdesk.shared.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.jobs.BulkJobHandler.NewItem;
import com.orderdesk.shared.jobs.BulkJobHandler.Result;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable bulk jobs: a job is stored with one row per item before anything is applied, then its
 * items are applied one at a time, each in one transaction with its result (see
 * {@link BulkJobHandler}), as the operator who started it. One item's failure never stops the
 * others. A job whose instance died (its lease lapsed) is resumed by any instance at the first item
 * without a result; an item is locked while it is applied, so two instances never apply it both.
 */
@Component
@EnableConfigurationProperties(JobsProperties.class)
public class BulkJobs {

    private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);
    /** Ten thousand, as bulk capture: a month's orders of a mid-sized shop in one job. */
    public static final int MAX_ITEMS = 10_000;

    private final BulkJobStore store;
    private final Map<String, BulkJobHandler> handlers;
    private final TransactionTemplate transactions;
    private final ExecutorService launcher = Executors.newVirtualThreadPerTaskExecutor();

    BulkJobs(BulkJobStore store, List<BulkJobHandler> handlers, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toMap(BulkJobHandler::kind, Function.identity()));
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Stores the job and runs it in the background; returns it as stored (RUNNING). */
    public BulkJob start(String kind, String parameters, List<NewItem> items) {
        UUID id = create(kind, parameters, items);
        String requestedBy = CurrentActor.name();
        launcher.submit(() -> run(id, requestedBy));
        return store.job(id);
    }

    /**
     * Stores the job and runs it on the caller's thread, for the synchronous endpoints that answer
     * with the results; a crash meanwhile leaves a job another instance finishes. Returns it COMPLETED.
     */
    public BulkJob runNow(String kind, String parameters, List<NewItem> items) {
        UUID id = create(kind, parameters, items);
        run(id, CurrentActor.name());
        return store.job(id);
    }

    /** @throws com.orderdesk.shared.NotFound when there is no such job */
    public BulkJob job(UUID id) {
        return store.job(id);
    }

    /** Past jobs without their items, newest first; of one kind when {@code kind} is given. */
    public List<BulkJob> jobs(@Nullable String kind, int limit) {
        return store.jobs(kind, limit);
    }

    /** The kinds this application runs. */
    public List<String> kinds() {
        return handlers.keySet().stream().sorted().toList();
    }

    private UUID create(String kind, String parameters, List<NewItem> items) {
        handler(kind);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidInput("items", "a job holds between 1 and " + MAX_ITEMS + " items, this one " + items.size());
        }
        return store.create(kind, parameters, items, CurrentActor.name());
    }

    /** Resumes jobs whose instance stopped renewing their lease (crash, shutdown). */
    @Scheduled(fixedDelayString = "${orderdesk.jobs.resume-interval:PT30S}",
            initialDelayString = "${orderdesk.jobs.resume-interval:PT30S}")
    public void resumeAbandoned() {
        Optional<BulkJobStore.Running> abandoned;
        while ((abandoned = store.claimAbandoned()).isPresent()) {
            log.info("Resuming bulk job {} ({})", abandoned.get().id(), abandoned.get().kind());
            run(abandoned.get().id(), abandoned.get().requestedBy());
        }
    }

    void run(UUID id, String requestedBy) {
        BulkJobStore.Running job = store.running(id);
        BulkJobHandler handler = handler(job.kind());
        CurrentActor.runAs(requestedBy, () -> {
            while (applyNext(job, handler)) {
                store.renewLease(id);
            }
        });
        store.complete(id);
    }

    /**
     * Applies the job's next item and records its result in the same transaction; a failed item's
     * changes are rolled back and its result is recorded in a transaction of its own. False when no
     * item is left.
     */
    private boolean applyNext(BulkJobStore.Running job, BulkJobHandler handler) {
        AtomicReference<BulkJobStore.@Nullable WorkItem> failedItem = new AtomicReference<>();
        AtomicReference<@Nullable Result> failure = new AtomicReference<>();
        Boolean found;
        try {
            found = transactions.execute(tx -> {
                Optional<BulkJobStore.WorkItem> next = store.lockNextPending(job.id());
                if (next.isEmpty()) {
                    return false;
                }
                failedItem.set(next.get());
                Result result = apply(handler, job, next.get());
                if (!result.succeeded() || tx.isRollbackOnly()) {
                    tx.setRollbackOnly();
                    failure.set(result.succeeded()
                            ? Result.failed("error", "the change could not be saved; nothing was changed") : result);
                    return true;
                }
                store.finish(next.get(), result);
                failedItem.set(null);
                return true;
            });
        } catch (RuntimeException commitFailed) {
            // A constraint checked at commit: the item's change is rolled back, the item fails.
            log.warn("Bulk job {} item failed at commit", job.id(), commitFailed);
            failure.set(Result.failed("error", commitFailed.getClass().getSimpleName()));
            found = true;
        }
        BulkJobStore.WorkItem failed = failedItem.get();
        Result result = failure.get();
        if (failed != null && result != null) {
            transactions.executeWithoutResult(tx -> store.finish(failed, result));
        }
        return Boolean.TRUE.equals(found);
    }

    private static Result apply(BulkJobHandler handler, BulkJobStore.Running job, BulkJobStore.WorkItem item) {
        try {
            return handler.process(job.parameters(), item.input());
        } catch (RuntimeException unexpected) {
            log.warn("Bulk job {} item {} failed", job.id(), item.position(), unexpected);
            return Result.failed("error", unexpected.getClass().getSimpleName());
        }
    }

    private BulkJobHandler handler(String kind) {
        BulkJobHandler handler = handlers.get(kind);
        if (handler == null) {
            throw new IllegalArgumentException("no bulk job handler of kind " + kind);
        }
        return handler;
    }

    @PreDestroy
    void stop() {
        launcher.shutdownNow();
    }
}
