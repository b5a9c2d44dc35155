package com.orderdesk.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

class EventPublicationResubmissionTests {

    private final FailedEventPublications failed = mock(FailedEventPublications.class);
    private final LockProvider locks = mock(LockProvider.class);

    @Test
    void resubmitsOnlyPublicationsOldEnoughNotToBeInFlightInBoundedBatches() {
        new EventPublicationResubmission(failed, new EventsProperties(Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1), 4, 500), locks).resubmitFailedPublications();

        ArgumentCaptor<ResubmissionOptions> options = ArgumentCaptor.forClass(ResubmissionOptions.class);
        verify(failed).resubmit(options.capture());
        assertThat(options.getValue().getMinAge()).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(options.getValue().getBatchSize()).isEqualTo(100);
    }

    /** The schedule comes from the properties record, so its defaults are written once. */
    @Test
    void runsOnTheScheduleOfItsPropertiesAndOnlyUnderTheLock() {
        EventPublicationResubmission resubmission = new EventPublicationResubmission(failed,
                new EventsProperties(Duration.ofSeconds(7), Duration.ofSeconds(3), Duration.ofMinutes(1), 4, 500), locks);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        resubmission.configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(7));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(3));
        });
        Runnable run = registrar.getFixedDelayTaskList().getFirst().getRunnable();

        when(locks.lock(any())).thenReturn(Optional.empty());
        run.run();
        verify(failed, never()).resubmit(any());

        when(locks.lock(any())).thenReturn(Optional.of(mock(SimpleLock.class)));
        run.run();
        verify(failed).resubmit(any());
    }
}
