package com.orderdesk.payment.internal;

import com.orderdesk.payment.ProviderCode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The webhook inbox per provider, as gauges read when metrics are scraped:
 * {@code orderdesk.inbox.backlog} (notices received, not yet processed) and
 * {@code orderdesk.inbox.failed} (notices whose processing failed, waiting for an operator).
 */
@Component
class InboxMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    InboxMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProviderCode provider : ProviderCode.values()) {
            Gauge.builder("orderdesk.inbox.backlog", () -> count(provider, "RECEIVED"))
                    .description("Provider notices stored and not yet processed").tag("provider", provider.slug())
                    .register(registry);
            Gauge.builder("orderdesk.inbox.failed", () -> count(provider, "FAILED"))
                    .description("Provider notices whose processing failed").tag("provider", provider.slug())
                    .register(registry);
        }
    }

    private long count(ProviderCode provider, String status) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM payment_notifications WHERE provider = ? AND status = ?",
                Long.class, provider.name(), status);
        return count == null ? 0 : count;
    }
}
