package com.orderdesk.shared.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderdesk.events.*}: how failed and stale event publications are resubmitted
 * ({@link EventPublicationResubmission}). When a publication counts as stale is Spring Modulith's
 * own {@code spring.modulith.events.staleness.*}.
 *
 * @param resubmissionInterval pause between two resubmission runs
 * @param resubmissionInitialDelay first run after start-up
 * @param resubmissionMinAge a failed publication younger than this waits for the next run
 * @param listenerThreads how many module event listeners run at once ({@link ListenerExecutorConfiguration});
 *     each may hold two database connections, so twice this stays below the connection pool's size
 * @param listenerQueueLimit events waiting for a listener thread beyond which the inbox pauses
 */
@ConfigurationProperties("orderdesk.events")
public record EventsProperties(@DefaultValue("PT1M") Duration resubmissionInterval,
        @DefaultValue("PT1M") Duration resubmissionInitialDelay, @DefaultValue("PT1M") Duration resubmissionMinAge,
        @DefaultValue("4") int listenerThreads, @DefaultValue("500") int listenerQueueLimit) {
}
