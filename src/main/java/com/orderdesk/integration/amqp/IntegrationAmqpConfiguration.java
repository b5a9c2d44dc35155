package com.orderdesk.integration.amqp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.orderdesk.integration.IntegrationEvent;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Externalizes {@link IntegrationEvent}s to RabbitMQ with Spring Modulith's event externalization,
 * when {@code orderdesk.integration.amqp.enabled} is true (off by default, so OrderDesk runs without
 * a broker). Modulith's externalizing listener takes every {@code @Externalized} event through the
 * event publication registry: a broker that is down leaves the publication incomplete, and it is
 * resubmitted later, never lost.
 *
 * <p>Why the transport is wired here: {@code spring-modulith-events-amqp} for Modulith 2.x is not on
 * the Maven registry this project can reach (only its 1.x line, built for Modulith 1 and Boot 3).
 * This is the same arrangement that artifact makes, on Modulith's own {@link EventExternalizerModuleListener}
 * with a RabbitMQ {@link EventExternalizationTransport}; swap it for the artifact once it is reachable.
 *
 * <p>Messages: exchange {@value IntegrationEvent#EXCHANGE} (topic, durable), routing key = the event
 * type ({@code order.placed}, …), JSON body = the event, {@code message_id} = the event id, {@code type}
 * = the event type, header {@code schema-version}; persistent, and sent with publisher confirms, so
 * the publication completes only once the broker has taken the message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "orderdesk.integration.amqp.enabled", havingValue = "true")
class IntegrationAmqpConfiguration {

    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    TopicExchange integrationEventsExchange() {
        return new TopicExchange(IntegrationEvent.EXCHANGE, true, false);
    }

    @Bean
    EventExternalizerModuleListener rabbitIntegrationEventExternalizer(EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit, JsonMapper json) {
        // Evaluates the routing key expression of @Externalized (the event's type) against the event.
        StandardEvaluationContext evaluation = new StandardEvaluationContext();
        EventExternalizationTransport transport = (payload, target) -> {
            Message message = toMessage((IntegrationEvent) payload, json);
            BrokerRouting routing = BrokerRouting.of(target, evaluation);
            rabbit.invoke(operations -> {
                operations.send(routing.getTarget(payload), routing.getKey(payload), message);
                operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT.toMillis());
                return null;
            });
            return CompletableFuture.completedFuture(null);
        };
        return new EventExternalizerModuleListener(configuration, transport);
    }

    static Message toMessage(IntegrationEvent event, JsonMapper json) {
        return MessageBuilder.withBody(json.writeValueAsBytes(event))
                .setContentType("application/json")
                .setContentEncoding("UTF-8")
                .setMessageId(event.id().toString())
                .setType(event.type())
                .setHeader("schema-version", event.schemaVersion())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
    }
}
