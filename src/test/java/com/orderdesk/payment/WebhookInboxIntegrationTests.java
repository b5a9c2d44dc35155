package com.orderdesk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.RejectedNotice;
import com.orderdesk.shared.infrastructure.EventsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The webhook inbox: stored once, processed in order per payment, confirmed when unsigned, replayable. */
class WebhookInboxIntegrationTests extends PaymentIntegrationTestSupport {

    @Autowired
    NotificationInbox inbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor listeners;

    @Autowired
    EventsProperties events;

    @Test
    void aDuplicateNotificationIsStoredAndAppliedOnce() {
        String number = authorizedOrder();
        String body = "key=N-1&order=" + number + "-1&status=CAPTURED&at=2026-11-23T10:00:00Z";

        UUID first = accept(body);
        UUID second = accept(body);

        assertThat(second).isEqualTo(first);
        awaitStatus(first, "PROCESSED");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(3830);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_notifications", Long.class)).isEqualTo(1);
        assertThat(historyOf(number)).contains("テスト決済 通知: CAPTURED (CAPTURED)");
    }

    @Test
    void anOlderStateNeverOverwritesANewerOne() {
        String number = authorizedOrder();
        UUID captured = accept("key=N-2&order=" + number + "-1&status=CAPTURED&at=2026-11-23T10:05:00Z");
        awaitStatus(captured, "PROCESSED");

        UUID late = accept("key=N-1&order=" + number + "-1&status=AUTHORIZED&at=2026-11-23T10:00:00Z");

        awaitStatus(late, "IGNORED");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(entry(late).at("/outcome").asString()).startsWith("older than the notification already applied");
    }

    @Test
    void aNoticeDatedBeyondNowDoesNotMakeLaterGenuineNoticesOlder() {
        String number = authorizedOrder();
        UUID forged = accept("key=F-2099&order=" + number + "-1&status=AUTHORIZED&at=2099-01-01T00:00:00Z");
        awaitStatus(forged, "PROCESSED");

        UUID genuine = accept("key=G-1&order=" + number + "-1&status=CAPTURED&at="
                + clock.instant().minusSeconds(60));

        awaitStatus(genuine, "PROCESSED");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(entry(forged).at("/outcome").asString()).contains("in the future and was not used");
    }

    @Test
    void aNoticeSlightlyAheadWithinTheClockSkewStillOrders() {
        String number = authorizedOrder();
        UUID ahead = accept("key=A-1&order=" + number + "-1&status=CAPTURED&at=" + clock.instant().plusSeconds(120));
        awaitStatus(ahead, "PROCESSED");

        UUID older = accept("key=A-0&order=" + number + "-1&status=AUTHORIZED&at=" + clock.instant().plusSeconds(60));

        awaitStatus(older, "IGNORED");
        assertThat(entry(older).at("/outcome").asString()).startsWith("older than the notification already applied");
    }

    /**
     * An unsigned notice's time is as unconfirmed as its status: the status query settles the status,
     * and nothing settles the time, so it must not make a later signed notice look older.
     */
    @Test
    void anUnconfirmedNoticesTimeDoesNotOrderLaterSignedNotices() {
        String number = authorizedOrder();
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "CAPTURE", 3830L, null, Map.of(), null));
        UUID unsigned = accept("key=U-1&order=" + number + "-1&status=CAPTURED&trusted=false&at="
                + clock.instant().plusSeconds(240));
        awaitStatus(unsigned, "PROCESSED");

        UUID signed = accept("key=S-1&order=" + number + "-1&status=REFUNDED&at=" + clock.instant().minusSeconds(60));

        awaitStatus(signed, "PROCESSED");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("REFUNDED");
    }

    @Test
    void notificationsOfOnePaymentAreProcessedInTheOrderTheyHappened() {
        String number = authorizedOrder();
        // Newest first, in one transaction so that the worker sees both at once.
        UUID[] ids = new TransactionTemplate(transactionManager).execute(tx -> new UUID[] {
                accept("key=N-3&order=" + number + "-1&status=REFUNDED&at=2026-11-23T10:10:00Z"),
                accept("key=N-2&order=" + number + "-1&status=CAPTURED&at=2026-11-23T10:05:00Z")});
        UUID refunded = ids[0];
        UUID captured = ids[1];

        awaitStatus(refunded, "PROCESSED");

        assertThat(entry(captured).at("/status").asString()).isEqualTo("PROCESSED");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("REFUNDED");
        assertThat(paymentsOf(number).get(0).at("/refundedAmount").asLong()).isEqualTo(3830);
    }

    @Test
    void anUnsignedNotificationIsConfirmedByAStatusQueryFirst() {
        String number = authorizedOrder();
        gateway.status(new GatewayStatusResult(true, PaymentStatus.AUTHORIZED, "AUTH", 3830L, null, Map.of(), null));

        UUID id = accept("key=N-4&order=" + number + "-1&status=CAPTURED&trusted=false");

        awaitStatus(id, "PROCESSED");
        assertThat(gateway.calls(OperationKind.STATUS_QUERY)).isNotEmpty();
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("AUTHORIZED");
    }

    @Test
    void aNotificationForAnUnknownOrderFailsAndCanBeReplayedOnceFixed() {
        UUID id = accept("key=N-5&order=OD-404-1&status=CAPTURED");
        awaitStatus(id, "FAILED");

        JsonNode failed = api.asOperator().get("/api/admin/webhooks?status=FAILED").json().at("/notifications");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).at("/lastError").asString())
                .isEqualTo("unknown order: no payment has provider order id OD-404-1");

        String number = authorizedOrder();
        // The worker reads what was parsed at ingest, never the body again: the locator is what an
        // operator's fix (or a payment arriving later) has to match.
        jdbc.update("UPDATE payment_notifications SET provider_order_id = ? WHERE id = ?", number + "-1", id);
        var replay = api.asOperator().post("/api/admin/webhooks/" + id + "/replay", Map.of());

        assertThat(replay.status()).isEqualTo(202);
        awaitStatus(id, "PROCESSED");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CAPTURED");
    }

    @Test
    void onlyFailedOrIgnoredNotificationsCanBeReplayed() {
        String number = authorizedOrder();
        UUID id = accept("key=N-6&order=" + number + "-1&status=CAPTURED");
        awaitStatus(id, "PROCESSED");

        var replay = api.asOperator().post("/api/admin/webhooks/" + id + "/replay", Map.of());

        assertThat(replay.status()).isEqualTo(409);
        assertThat(api.asOperator().post("/api/admin/webhooks/" + UUID.randomUUID() + "/replay", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void aProviderCancellingAPaidPaymentCancelsItAndFlagsIt() {
        // Authorized first, so that the authorization cannot land after the payment is made PENDING again.
        String number = authorizedOrder();
        jdbc.update("UPDATE payments SET status = 'PENDING'");
        UUID paid = accept("key=P-1&order=" + number + "-1&status=PAID&amount=3000&at=2026-11-24T10:00:00Z");
        awaitStatus(paid, "PROCESSED");
        assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("AMOUNT_MISMATCH");

        UUID reversed = accept("key=P-2&order=" + number + "-1&status=CANCELLED&at=2026-11-24T12:00:00Z");

        awaitStatus(reversed, "PROCESSED");
        JsonNode payment = paymentsOf(number).get(0);
        assertThat(payment.at("/status").asString()).isEqualTo("CANCELLED");
        assertThat(payment.at("/needsAttention").asBoolean()).isTrue();
        assertThat(payment.at("/attentionReason").asString()).contains("cancelled a payment that was already paid");
    }

    @Test
    void rejectedNotificationsAreListed() {
        inbox.reject(RejectedNotice.of(ScriptedGateway.notification("garbage"), "signature mismatch"));

        JsonNode rejected = api.asOperator().get("/api/admin/webhooks?status=REJECTED").json().at("/notifications");

        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).at("/lastError").asString()).isEqualTo("signature mismatch");
    }

    /**
     * While the module listeners are behind (more queued than {@code orderdesk.events.listener-queue-limit}),
     * the inbox stores notices but applies none: each applied notice would queue several more listeners.
     * It applies them once the listeners have caught up.
     */
    @Test
    void theInboxWaitsWhileTheModuleListenersAreBehind() throws Exception {
        String number = authorizedOrder();
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < events.listenerThreads() + events.listenerQueueLimit() + 1; i++) {
                listeners.execute(() -> {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            UUID held = accept("key=B-1&order=" + number + "-1&status=CAPTURED&at=2026-11-23T10:00:00Z");

            // The wake-up after storing it and the polls of the next seconds pass without it being claimed.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> entry(held).at("/status").asString().equals("RECEIVED"));
            release.countDown();

            awaitStatus(held, "PROCESSED");
            assertThat(paymentsOf(number).get(0).at("/status").asString()).isEqualTo("CAPTURED");
        } finally {
            release.countDown();
        }
    }

    private UUID accept(String body) {
        var raw = ScriptedGateway.notification(body);
        return inbox.accept(raw, gateway.parsed(raw));
    }

    private JsonNode entry(UUID id) {
        for (JsonNode entry : api.asOperator().get("/api/admin/webhooks").json().at("/notifications")) {
            if (entry.at("/id").asString().equals(id.toString())) {
                return entry;
            }
        }
        throw new AssertionError("no inbox entry " + id);
    }

    private void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> entry(id).at("/status").asString().equals(status));
    }
}
