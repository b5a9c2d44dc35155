package com.orderdesk.mail.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One mail in the outbox and its log: what it is about, its rendered text once it was rendered,
 * and where it stands.
 *
 * @param status QUEUED (waiting or retrying), SENT, SANDBOX (rendered and kept here: no mail server
 *        configured) or FAILED (with {@code lastError})
 * @param note what the reader should know besides (the charset fallback, a send without the payment page)
 */
public record MailMessage(UUID id, String orderNumber, @Nullable UUID orderId, MailTrigger trigger,
        @Nullable String subjectRef, @Nullable String templateCode, String language, @Nullable Integer templateVersion,
        @Nullable String draftSubject, @Nullable String draftBody, @Nullable String operatorMessage,
        @Nullable UUID bulkJobId, @Nullable UUID resendOf, @Nullable String recipient, @Nullable String subject,
        @Nullable String body, @Nullable String charset, String status, int attempts, Instant nextAttemptAt,
        @Nullable String lastError, @Nullable String note, String queuedBy, Instant createdAt,
        @Nullable Instant finishedAt) {

    public boolean rendered() {
        return body != null;
    }
}
