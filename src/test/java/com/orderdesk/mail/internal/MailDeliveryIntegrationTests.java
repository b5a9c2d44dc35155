package com.orderdesk.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.orderdesk.mail.MailIntegrationTestSupport;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderPlaced;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The outbox against a real SMTP server: a server that is down is retried with backoff until it
 * answers, or the mail fails with the reason after the last attempt; a redelivered event, an
 * instance that crashed holding a mail, and two workers at once each still send every mail once.
 */
class MailDeliveryIntegrationTests extends MailIntegrationTestSupport {

    @Autowired
    MailWorker worker;

    @Autowired
    OrderManagement orders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aServerThatIsDownIsRetriedUntilItAnswers() throws Exception {
        smtp.stop();
        String number = placeOrder(METHOD);

        await().atMost(Duration.ofSeconds(15)).until(() -> mailsOf(number).size() == 1
                && mailsOf(number).get(0).at("/attempts").asInt() >= 2);
        JsonNode retrying = mailsOf(number).get(0);
        assertThat(retrying.at("/status").asString()).isEqualTo("QUEUED");
        assertThat(retrying.at("/lastError").asString()).contains("Couldn't connect to host");
        smtp = startSmtp();

        JsonNode sent = awaitMail(number, "ORDER_RECEIVED");
        assertThat(sent.at("/status").asString()).isEqualTo("SENT");
        assertThat(sent.at("/attempts").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(receivedBy("taro.yamada@example.jp")).hasSize(1);
        assertThat(historyOf(number)).filteredOn(line -> line.startsWith("メール")).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMailFailsWithTheReasonInTheLogAndTheHistory() {
        smtp.stop();
        String number = placeOrder(METHOD);

        JsonNode failed = awaitMail(number, "ORDER_RECEIVED");

        assertThat(failed.at("/status").asString()).isEqualTo("FAILED");
        assertThat(failed.at("/attempts").asInt()).isEqualTo(4);
        assertThat(failed.at("/lastError").asString()).contains("Couldn't connect to host");
        assertThat(failed.at("/body").asString()).as("the rendered text is kept").contains(number);
        assertThat(historyOf(number)).anySatisfy(line -> assertThat(line)
                .startsWith("メール送信失敗 (Couldn't connect to host").contains("ORDER_RECEIVED v1 → taro.yamada@example.jp"));
    }

    @Test
    void aRedeliveredEventQueuesNoSecondMail() throws Exception {
        String number = placeOrder(METHOD);
        awaitMail(number, "ORDER_RECEIVED");
        var order = orders.find(number);
        OrderPlaced again = new OrderPlaced(order.id(), number, order.channel(), order.totals().total(),
                order.placedAt(), null, order.deliveryMethodCode(), null);

        // Delivered again twice, one after the other: two equal events in flight at once are told apart
        // by Spring Modulith only by their content, so the second completion can land on the first
        // publication and leave one incomplete, which is the event registry's matter, not mail's.
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        for (int delivery = 0; delivery < 2; delivery++) {
            tx.executeWithoutResult(status -> events.publishEvent(again));
            awaitMailListenerDone(order.id());
        }
        worker.sendDue();

        assertThat(mailsOf(number)).hasSize(1);
        assertThat(receivedBy("taro.yamada@example.jp")).hasSize(1);
    }

    /**
     * Waits for mail's own listener of this order's events only: other modules' listeners of the
     * repeated OrderPlaced may stay incomplete, and earlier tests' events may still be in flight.
     */
    private void awaitMailListenerDone(UUID orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM event_publication
                WHERE listener_id LIKE '%com.orderdesk.mail.%' AND serialized_event LIKE '%' || ? || '%'""",
                Long.class, orderId.toString()) == 0);
    }

    @Test
    void aMailHeldByACrashedInstanceIsSentOnceByAnother() throws Exception {
        String number = authorizedOrder();
        awaitMail(number, "ORDER_RECEIVED");
        smtp.stop();
        JsonNode queued = api.asOperator().post("/api/admin/orders/" + number + "/mails",
                Map.of("templateCode", "FREE", "message", "一度だけ届くはずのお知らせです。")).json();
        UUID id = UUID.fromString(queued.at("/id").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> worker.sendDue() >= 0 && jdbc.queryForObject(
                "SELECT attempts FROM mail_messages WHERE id = ?", Integer.class, id) >= 1);
        CountDownLatch locked = new CountDownLatch(1);

        // Another instance takes the mail (its row lock) and dies before it commits.
        ExecutorService crashing = Executors.newSingleThreadExecutor();
        Future<?> instance = crashing.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.queryForList("SELECT id FROM mail_messages WHERE id = ? FOR UPDATE", id);
            locked.countDown();
            sleep(1500);
            throw new IllegalStateException("instance crashed mid-send");
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        smtp = startSmtp();
        worker.sendDue();
        assertThat(smtp.getReceivedMessages()).as("nobody sends a mail another instance holds").isEmpty();
        assertThat(instance).failsWithin(Duration.ofSeconds(5));
        crashing.shutdown();

        JsonNode sent = awaitMail(number, "FREE");
        assertThat(sent.at("/status").asString()).isEqualTo("SENT");
        assertThat(awaitReceived(1)).extracting(MimeMessage::getMessageID).containsExactly("<" + id + "@orderdesk.local>");
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void twoWorkersAtOnceSendEveryMailOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(placeOrder(METHOD));
        }
        numbers.forEach(number -> awaitMail(number, "ORDER_RECEIVED"));
        smtp.purgeEmailFromAllMailboxes();
        for (int i = 0; i < 8; i++) {
            for (String number : numbers) {
                api.asOperator().post("/api/admin/orders/" + number + "/mails", Map.of("templateCode", "FREE",
                        "message", "お知らせ " + i));
            }
        }

        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> passes = List.of(instances.submit(worker::sendDue), instances.submit(worker::sendDue));
        for (Future<Integer> pass : passes) {
            pass.get(30, TimeUnit.SECONDS);
        }
        instances.shutdown();

        List<MimeMessage> received = awaitReceived(24);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(smtp.getReceivedMessages()).hasSize(24);
        assertThat(received.stream().map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).distinct()).hasSize(24);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
