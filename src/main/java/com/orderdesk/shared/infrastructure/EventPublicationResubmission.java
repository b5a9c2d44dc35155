package com.orderdesk.shared.infrastructure;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Redelivers domain events whose listener failed (or whose processing went stale after a crash),
 * so a module that missed an {@code OrderCancelled} or {@code ShipmentRegistered} catches up.
 * Listeners are idempotent, which makes redelivery safe; one instance at a time does it. This is
 * also how a restarted server finishes what a crashed one left: its publications go stale after
 * {@code spring.modulith.events.staleness.*}, and the next run here resubmits them.
 */
@Component
@EnableConfigurationProperties(EventsProperties.class)
class EventPublicationResubmission {

    private final FailedEventPublications failed;
    private final ResubmissionOptions options;

    EventPublicationResubmission(FailedEventPublications failed, EventsProperties properties) {
        this.failed = failed;
        this.options = ResubmissionOptions.defaults()
                .withMinAge(properties.resubmissionMinAge())
                .withBatchSize(100)
                .withMaxInFlight(10);
    }

    @Scheduled(fixedDelayString = "${orderdesk.events.resubmission-interval:PT1M}",
            initialDelayString = "${orderdesk.events.resubmission-initial-delay:PT1M}")
    @SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT5M")
    void resubmitFailedPublications() {
        failed.resubmit(options);
    }
}
