package com.orderdesk.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

class EventPublicationResubmissionTests {

    @Test
    void resubmitsOnlyPublicationsOldEnoughNotToBeInFlightInBoundedBatches() {
        FailedEventPublications failed = mock(FailedEventPublications.class);

        new EventPublicationResubmission(failed, new EventsProperties(Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1))).resubmitFailedPublications();

        ArgumentCaptor<ResubmissionOptions> options = ArgumentCaptor.forClass(ResubmissionOptions.class);
        verify(failed).resubmit(options.capture());
        assertThat(options.getValue().getMinAge()).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(options.getValue().getBatchSize()).isEqualTo(100);
    }
}
