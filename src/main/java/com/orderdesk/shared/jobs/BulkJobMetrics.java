package com.orderdesk.shared.jobs;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code orderdesk.bulk.job.items} (gauge; tags {@code kind}, {@code status}): the items of every
 * running background job by state, so a dashboard shows each job kind's progress (pending falling,
 * succeeded and failed rising) and a job stuck after a crash. Read from the jobs' tables when
 * scraped; the kinds are {@link BulkJobs}' handlers plus every {@link BulkJobProgress} bean.
 */
@Component
class BulkJobMetrics {

    private static final List<String> STATES = List.of("PENDING", "SUCCEEDED", "FAILED");

    BulkJobMetrics(MeterRegistry registry, BulkJobStore store, List<BulkJobHandler> handlers,
            List<BulkJobProgress> others) {
        for (BulkJobHandler handler : handlers) {
            for (String state : STATES) {
                register(registry, tag(handler.kind()), tag(state), () -> store.runningItems(handler.kind(), state));
            }
        }
        for (BulkJobProgress progress : others) {
            for (String state : progress.states()) {
                register(registry, progress.kind(), state, () -> progress.runningItems(state));
            }
        }
    }

    private static void register(MeterRegistry registry, String kind, String state, java.util.function.Supplier<Number> items) {
        Gauge.builder("orderdesk.bulk.job.items", items).description("Items of running background jobs by kind and state")
                .tag("kind", kind).tag("status", state).register(registry);
    }

    private static String tag(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
