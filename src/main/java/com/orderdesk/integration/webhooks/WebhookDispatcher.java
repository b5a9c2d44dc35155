package com.orderdesk.integration.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.orderdesk.payment.internal.settings.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due webhook deliveries: claims a batch (a lease, so a crash mid-send only delays an attempt
 * and another instance never sends the same one at the same time), sends each outside any
 * transaction, then logs the attempt and schedules the retry with backoff, gives up after the last
 * attempt, and disables the endpoint after too many failures in a row, with the reason.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int ERROR_COLUMN = 500;

    private final WebhookStore store;
    private final WebhookSender sender;
    private final SecretCipher cipher;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WebhookDispatcher(WebhookStore store, WebhookSender sender, SecretCipher cipher, WebhookProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.cipher = cipher;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${orderdesk.integration.webhooks.poll-interval:PT2S}",
            initialDelayString = "${orderdesk.integration.webhooks.poll-interval:PT2S}")
    void sendDue() {
        if (!store.anyDue(clock.instant())) {
            return;
        }
        List<WebhookStore.Delivery> claimed;
        do {
            Instant now = clock.instant();
            Duration lease = properties.timeout().plus(properties.connectTimeout()).plusSeconds(30);
            claimed = transactions.execute(tx -> store.claimDue(now, now.plus(lease), properties.batchSize()));
            claimed.forEach(this::attempt);
        } while (claimed.size() == properties.batchSize());
    }

    private void attempt(WebhookStore.Delivery delivery) {
        WebhookEndpoint endpoint = store.endpoint(delivery.endpointId()).orElse(null);
        if (endpoint == null || !endpoint.enabled()) {
            return;
        }
        int attempt = delivery.attempts() + 1;
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        WebhookSender.Answer answer = sender.send(endpoint.url(),
                cipher.decrypt(endpoint.secret(), WebhookEndpoint.secretContext(endpoint.id())),
                delivery.eventId().toString(), delivery.payload());
        long latencyMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        transactions.executeWithoutResult(tx -> record(endpoint, delivery, attempt, started, latencyMs, answer));
    }

    private void record(WebhookEndpoint endpoint, WebhookStore.Delivery delivery, int attempt, Instant started,
            long latencyMs, WebhookSender.Answer answer) {
        store.recordAttempt(delivery.id(), new WebhookStore.Attempt(attempt, started, latencyMs, answer.status(),
                truncate(answer.error()), answer.excerpt()));
        Instant now = clock.instant();
        if (answer.succeeded()) {
            store.delivered(delivery.id(), attempt, now);
            store.resetFailures(endpoint.id());
            return;
        }
        Instant retryAt = attempt < delivery.attemptLimit() ? now.plus(properties.backoffAfter(attempt)) : null;
        store.failed(delivery.id(), attempt, retryAt);
        int failures = store.countFailure(endpoint.id());
        log.warn("Webhook {} of event {} to endpoint {} failed (attempt {}): {}", delivery.eventType(),
                delivery.eventId(), endpoint.id(), attempt, answer.describe());
        if (failures >= properties.disableAfterFailures()) {
            String reason = failures + " failed attempts in a row; the last: " + answer.describe() + " at " + now;
            store.disable(endpoint.id(), truncate(reason), now);
            log.warn("Webhook endpoint {} disabled: {}", endpoint.id(), reason);
        }
    }

    private static @org.jspecify.annotations.Nullable String truncate(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.length() <= ERROR_COLUMN ? text : text.substring(0, ERROR_COLUMN);
    }
}
