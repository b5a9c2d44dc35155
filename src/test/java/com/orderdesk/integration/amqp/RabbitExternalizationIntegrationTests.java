package com.orderdesk.integration.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.orderdesk.integration.IntegrationEvent;
import com.orderdesk.order.TestOrders;
import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.gateway.NextAction;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Integration events reach the real RabbitMQ at 127.0.0.1:5672 (guest/guest), through Modulith's
 * externalization and the event publication registry. Skipped, with the reason in the report, when
 * no broker answers there.
 */
@TestPropertySource(properties = "orderdesk.integration.amqp.enabled=true")
class RabbitExternalizationIntegrationTests extends PaymentIntegrationTestSupport {

    private static final String HOST = System.getenv().getOrDefault("ORDERDESK_RABBITMQ_HOST", "127.0.0.1");
    private static final int PORT = 5672;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    private Queue queue;

    @BeforeAll
    static void brokerAnswers() {
        boolean answers;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1_000);
            answers = true;
        } catch (IOException ex) {
            answers = false;
        }
        if (!answers) {
            System.err.println("SKIPPED RabbitExternalizationIntegrationTests: no RabbitMQ answers at " + HOST + ":" + PORT);
        }
        Assumptions.assumeTrue(answers, "No RabbitMQ answers at " + HOST + ":" + PORT
                + "; start one (guest/guest) to test the AMQP externalization of integration events");
    }

    @BeforeEach
    void listeningQueue() {
        // Not exclusive: the template may read on another connection than the admin declared it on.
        queue = new Queue("orderdesk-test-" + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        TopicExchange exchange = new TopicExchange(IntegrationEvent.EXCHANGE, true, false);
        admin.declareExchange(exchange);
        Binding orders = BindingBuilder.bind(queue).to(exchange).with("order.*");
        admin.declareBinding(orders);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("payment.review-completed"));
    }

    @AfterEach
    void dropQueue() {
        admin.deleteQueue(queue.getName());
    }

    @Test
    void aPlacedOrderIsPublishedWithItsRoutingKeyAndVersionedPayload() {
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        Response placed = api.withApiKey(key).post("/api/store/orders", TestOrders.order());
        String number = placed.json().at("/number").asString();

        Message message = receiveFor(number);

        assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("order.placed");
        assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
        assertThat(message.getMessageProperties().getType()).isEqualTo("order.placed");
        assertThat((Object) message.getMessageProperties().getHeader("schema-version")).isEqualTo(1);
        JsonNode event = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
        assertThat(event.at("/schemaVersion").asInt()).isEqualTo(IntegrationEvent.SCHEMA_VERSION);
        assertThat(event.at("/type").asString()).isEqualTo("order.placed");
        assertThat(event.at("/id").asString()).isEqualTo(message.getMessageProperties().getMessageId());
        assertThat(event.at("/storeId").asString()).isNotBlank();
        assertThat(event.at("/order/totals/total").asLong()).isEqualTo(3830);
        assertThat(event.at("/order/status").asString()).isEqualTo("NEW");
    }

    @Test
    void aCancellationIsPublishedAsOrderCancelled() {
        String number = api.asOperator().post("/api/admin/orders", TestOrders.order()).json().at("/number").asString();
        receiveFor(number);

        api.asOperator().post("/api/admin/orders/" + number + "/status", Map.of("status", "CANCELLED"));

        Message cancelled = receiveFor(number);
        assertThat(cancelled.getMessageProperties().getReceivedRoutingKey()).isEqualTo("order.cancelled");
        assertThat(json.readTree(cancelled.getBody()).at("/change/to").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aReviewOutcomeIsPublishedAsPaymentReviewCompleted() {
        String key = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "storefront")).json().at("/key").asString();
        var store = api.withApiKey(key);
        String number = checkoutUnderReview(store, NextAction.Type.SMS_CHECK);
        assertThat(receiveFor(number).getMessageProperties().getReceivedRoutingKey()).isEqualTo("order.placed");

        reviewStep(store, number, "0000");
        reviewStep(store, number, "1111");
        reviewStep(store, number, "2222");

        Message message = receiveFor(number, "payment.review-completed");
        assertThat(message.getMessageProperties().getType()).isEqualTo("payment.review-completed");
        JsonNode event = json.readTree(message.getBody());
        assertThat(event.at("/change/review/outcome").asString()).isEqualTo("FAILED");
        assertThat(event.at("/change/review/failure").asString()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(event.at("/change/to").asString()).isEqualTo("FAILED");
    }

    /** The next message about this order with this routing key (others are skipped). */
    private Message receiveFor(String number, String routingKey) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Message message = receiveFor(number);
            if (message.getMessageProperties().getReceivedRoutingKey().equals(routingKey)) {
                return message;
            }
        }
        throw new AssertionError("no " + routingKey + " about " + number + " within 30 s");
    }

    /** The next message about this order (messages of other tests' orders are skipped). */
    private Message receiveFor(String number) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(queue.getName(), 1_000);
            if (message != null && json.readTree(message.getBody()).at("/orderNumber").asString().equals(number)) {
                return message;
            }
        }
        throw new AssertionError("no message about " + number + " within 30 s");
    }
}
