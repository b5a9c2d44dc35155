package com.orderdesk.payment.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.shared.jobs.BulkJobProgress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Payment business metrics, written where every logged provider call passes ({@link ProviderCalls}):
 * <ul>
 * <li>{@code orderdesk.payment.operations} (counter; tags {@code provider}, {@code operation},
 * {@code outcome} = succeeded / pending / declined / failed / unknown / not_sent), what the
 * providers answered, so a rise of declines or unknowns at one provider shows on a dashboard;
 * <li>{@code orderdesk.provider.calls} (timer; tags {@code provider}, {@code operation}), how long
 * the adapter took, request building, the HTTP call with its retries and reading included;
 * <li>{@code orderdesk.bulk.capture.items} (gauge; tag {@code status}), the items of bulk capture
 * jobs still running, read from the jobs' own table when scraped, so it is right after a restart.
 * </ul>
 * Tags are the provider's slug and lower-case enum names: a fixed, small set. Bulk capture also
 * reports in the progress metric of every bulk job kind ({@link CaptureProgress}).
 */
@Component
class PaymentMetrics {

    /** Bulk capture in {@code orderdesk.bulk.job.items}, kind {@code capture}. */
    @Component
    static class CaptureProgress implements BulkJobProgress {

        private final JdbcTemplate jdbc;

        CaptureProgress(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "capture";
        }

        @Override
        public List<String> states() {
            return BULK_ITEM_STATES.stream().map(PaymentMetrics::tag).toList();
        }

        @Override
        public long runningItems(String state) {
            return PaymentMetrics.runningItems(jdbc, state.toUpperCase(Locale.ROOT));
        }
    }

    /** The item states of a running bulk capture (V42). */
    private static final List<String> BULK_ITEM_STATES = List.of("PENDING", "IN_PROGRESS", "SUCCEEDED", "FAILED");

    private final MeterRegistry registry;

    PaymentMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        for (String status : BULK_ITEM_STATES) {
            Gauge.builder("orderdesk.bulk.capture.items", () -> runningItems(jdbc, status))
                    .description("Items of running bulk capture jobs by state").tag("status", tag(status))
                    .register(registry);
        }
    }

    /** One provider call ended with an answer (or was taken as unknown). */
    void answered(ProviderCode provider, OperationKind kind, GatewayResult result, Duration took) {
        count(provider, kind, tag(result.outcome().name()));
        Timer.builder("orderdesk.provider.calls").description("Time the provider's adapter took for one operation")
                .tag("provider", provider.slug()).tag("operation", tag(kind.name())).register(registry).record(took);
    }

    /** One provider call was refused before anything left OrderDesk (unavailable, not configured). */
    void notSent(ProviderCode provider, OperationKind kind) {
        count(provider, kind, "not_sent");
    }

    private void count(ProviderCode provider, OperationKind kind, String outcome) {
        Counter.builder("orderdesk.payment.operations").description("Provider operations by outcome")
                .tag("provider", provider.slug()).tag("operation", tag(kind.name())).tag("outcome", outcome)
                .register(registry).increment();
    }

    private static long runningItems(JdbcTemplate jdbc, String status) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM bulk_capture_items i JOIN bulk_capture_jobs j ON j.id = i.job_id
                WHERE j.status = 'RUNNING' AND i.status = ?""", Long.class, status);
        return count == null ? 0 : count;
    }

    private static String tag(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
