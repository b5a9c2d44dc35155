package com.orderdesk.shared.infrastructure;

import java.time.Duration;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Redelivers domain events whose listener failed (or whose processing went stale after a crash),
 * so a module that missed an {@code OrderCancelled} or {@code ShipmentRegistered} catches up.
 * Listeners are idempotent, which makes redelivery safe; one instance at a time does it. This is
 * also how a restarted server finishes what a crashed one left: its publications go stale after
 * {@code spring.modulith.events.staleness.*}, and the next run here resubmits them.
 *
 * <p>Scheduled here from {@link EventsProperties} rather than by {@code @Scheduled} placeholders,
 * so the interval and first delay have one default, the record's.
 */
@Component
@EnableConfigurationProperties(EventsProperties.class)
class EventPublicationResubmission implements SchedulingConfigurer {

    private static final String LOCK = "event-publication-resubmission";
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(5);

    private final FailedEventPublications failed;
    private final EventsProperties properties;
    private final LockingTaskExecutor locked;
    private final ResubmissionOptions options;

    EventPublicationResubmission(FailedEventPublications failed, EventsProperties properties, LockProvider locks) {
        this.failed = failed;
        this.properties = properties;
        this.locked = new DefaultLockingTaskExecutor(locks);
        this.options = ResubmissionOptions.defaults()
                .withMinAge(properties.resubmissionMinAge())
                .withBatchSize(100)
                .withMaxInFlight(10);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::resubmitOnOneInstance, properties.resubmissionInterval(),
                properties.resubmissionInitialDelay()));
    }

    private void resubmitOnOneInstance() {
        locked.executeWithLock((Runnable) this::resubmitFailedPublications,
                new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST_FOR, Duration.ZERO));
    }

    void resubmitFailedPublications() {
        failed.resubmit(options);
    }
}
