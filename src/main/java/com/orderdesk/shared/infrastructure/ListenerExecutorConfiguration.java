package com.orderdesk.shared.infrastructure;

import com.orderdesk.shared.ListenerBacklog;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncAnnotationBeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The module event listeners ({@code @ApplicationModuleListener} runs {@code @Async}) run on a fixed
 * number of threads, the events waiting in the pool's queue, instead of one virtual thread each.
 *
 * <p>With virtual threads on, Spring Boot's default executor starts every listener at once. A listener
 * holds a database connection for its transaction, and several ask for a second one inside it (the
 * provider operations log and the shipping schedule commit on their own). A burst of events (420
 * orders placed in the chaos run's set-up started 6,659 listeners) had every one of the pool's ten
 * connections held by a listener waiting for its second: nothing moved until Hikari gave up after 30
 * s, the listeners failed, and their resubmission made the next burst (thread dump in
 * docs/benchmarks.md, "Fifth pass"). A fixed pool keeps at most twice its size of connections for
 * listeners, and the queue never blocks the thread that publishes (often another listener, which
 * would otherwise wait for a place held by itself). An event still queued when the instance dies is
 * an incomplete publication, resubmitted like any other ({@link EventPublicationResubmission}).
 * Tomcat's request threads stay virtual. The queue's length is the {@link ListenerBacklog} the inbox
 * pauses for, so a flood of notices does not turn into minutes of queued listeners.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutorConfiguration {

    /** Named as Boot's own, so {@code @Async} (and with it every module listener) runs here. */
    @Bean(name = { "applicationTaskExecutor", AsyncAnnotationBeanPostProcessor.DEFAULT_TASK_EXECUTOR_BEAN_NAME })
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder, EventsProperties events) {
        // Through Boot's builder: it applies the customizers (Spring Modulith's context propagation).
        return builder.corePoolSize(events.listenerThreads()).maxPoolSize(events.listenerThreads())
                .threadNamePrefix("listener-").build();
    }

    @Bean
    ListenerBacklog listenerBacklog(ThreadPoolTaskExecutor applicationTaskExecutor, EventsProperties events) {
        return () -> applicationTaskExecutor.getQueueSize() > events.listenerQueueLimit();
    }
}
