package com.orderdesk.shared.infrastructure;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Redelivers domain events whose listener failed (or whose processing went stale after a crash),
 * so a module that missed an {@code OrderCancelled} or {@code ShipmentRegistered} catches up.
 * Listeners are idempotent, which makes redelivery safe; one instance at a time does it.
 */
@Component
class EventPublicationResubmission {

    private static final ResubmissionOptions OPTIONS = ResubmissionOptions.defaults()
            .withMinAge(Duration.ofMinutes(1))
            .withBatchSize(100)
            .withMaxInFlight(10);

    private final FailedEventPublications failed;

    EventPublicationResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${orderdesk.events.resubmission-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT5M")
    void resubmitFailedPublications() {
        failed.resubmit(OPTIONS);
    }
}
