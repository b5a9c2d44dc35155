package com.orderdesk.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.orderdesk.order.HistoryKind;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.order.OrderNotFound;
import com.orderdesk.shared.CurrentActor;
import io.github.resilience4j.core.IntervalFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mails from the outbox. Each mail is handled in one transaction that holds its row lock
 * ({@code SKIP LOCKED}): render it on its first attempt (the text is then fixed, so a retry sends
 * the same mail), send it, record the outcome and the order-history line. A crash before the
 * commit leaves the mail queued for the next pass, with the same Message-ID; two instances never
 * send the same mail. A failed attempt waits with exponential backoff, and after the last attempt,
 * or at once for a failure that cannot heal (a rejected address), the mail is FAILED with the reason.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    private static final Duration POSTPONE = Duration.ofSeconds(2);

    private final MailOutbox outbox;
    private final MailTemplateStore templates;
    private final MailData data;
    private final MailRenderer renderer;
    private final MailComposer composer;
    private final MailTransport transport;
    private final OrderManagement orders;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    /**
     * Reads the order apart: a missing order must not mark the mail's own transaction rollback-only.
     * One snapshot for every read (REPEATABLE READ): under READ COMMITTED the payment could be read
     * before its start committed and its operations after, which looks like a finished start without
     * a payment page, and the 注文受付 mail would go out without the page the shopper needs.
     */
    private final TransactionTemplate separateRead;
    private final IntervalFunction backoff;
    private final Clock clock;

    MailWorker(MailOutbox outbox, MailTemplateStore templates, MailData data, MailRenderer renderer,
            MailComposer composer, MailTransport transport, OrderManagement orders, MailProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.data = data;
        this.renderer = renderer;
        this.composer = composer;
        this.transport = transport;
        this.orders = orders;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separateRead = new TransactionTemplate(transactionManager);
        this.separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separateRead.setReadOnly(true);
        this.separateRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.backoff = IntervalFunction.ofExponentialBackoff(properties.initialBackoff(), 2.0, properties.maxBackoff());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${orderdesk.mail.poll-interval:PT5S}", initialDelayString = "${orderdesk.mail.poll-interval:PT5S}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException unexpected) {
            log.warn("Mail worker pass failed; the next pass retries", unexpected);
        }
    }

    /** Handles due mails until none is left or the batch is done; returns how many it handled. */
    int sendDue() {
        int handled = 0;
        while (handled < properties.batchSize()) {
            MailMessage[] claimed = new MailMessage[1];
            try {
                if (!Boolean.TRUE.equals(transactions.execute(tx -> handleNext(claimed)))) {
                    return handled;
                }
            } catch (RuntimeException unexpected) {
                if (claimed[0] == null) {
                    throw unexpected;
                }
                // Its transaction is gone; count the attempt apart, so one broken mail never blocks the queue.
                log.warn("Mail {} of order {} could not be handled", claimed[0].id(), claimed[0].orderNumber(), unexpected);
                transactions.executeWithoutResult(tx -> retryOrFail(claimed[0], claimed[0].attempts() + 1,
                        unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), false, clock.instant()));
            }
            handled++;
        }
        return handled;
    }

    private boolean handleNext(MailMessage[] claimed) {
        Instant now = clock.instant();
        Optional<MailMessage> due = outbox.claimDue(now);
        if (due.isEmpty()) {
            return false;
        }
        MailMessage mail = due.get();
        claimed[0] = mail;
        if (!mail.rendered()) {
            Optional<MailMessage> rendered = render(mail, now);
            if (rendered.isEmpty()) {
                return true;
            }
            mail = rendered.get();
        }
        deliver(mail, now);
        return true;
    }

    /** Renders a mail's text once; empty when it was postponed or failed instead. */
    private Optional<MailMessage> render(MailMessage mail, Instant now) {
        MailData.Facts facts;
        try {
            facts = separateRead.execute(tx -> data.gather(mail.orderNumber(), mail.subjectRef(), mail.operatorMessage()));
        } catch (OrderNotFound missing) {
            fail(mail, mail.attempts(), "order " + mail.orderNumber() + " not found", now);
            return Optional.empty();
        }
        if (mail.orderId() == null) {
            outbox.orderFound(mail.id(), facts.orderId());
        }
        String note = null;
        if (facts.paymentStarting()) {
            if (now.isBefore(mail.createdAt().plus(properties.paymentStartWait()))) {
                outbox.postpone(mail.id(), now.plus(POSTPONE));
                return Optional.empty();
            }
            note = "sent while the payment was still starting: no payment page yet";
        }
        String subjectTemplate = mail.draftSubject();
        String bodyTemplate = mail.draftBody();
        Integer version = null;
        if (mail.templateCode() != null) {
            Optional<MailTemplate> template = templates.find(mail.templateCode(), mail.language());
            if (template.isEmpty()) {
                fail(mail, mail.attempts(), "template " + mail.templateCode() + " (" + mail.language() + ") does not exist", now);
                return Optional.empty();
            }
            subjectTemplate = template.get().subject();
            bodyTemplate = template.get().body();
            version = template.get().version();
        }
        if (subjectTemplate == null || bodyTemplate == null) {
            fail(mail, mail.attempts(), "the mail has neither a template nor a subject and body", now);
            return Optional.empty();
        }
        MailRenderer.Rendered text;
        try {
            text = renderer.render(subjectTemplate, bodyTemplate, facts.context());
        } catch (MailRenderer.TemplateError broken) {
            fail(mail, mail.attempts(), "template " + broken.part() + ": " + broken.getMessage(), now);
            return Optional.empty();
        }
        if (facts.recipient().isBlank()) {
            fail(mail, mail.attempts(), "the order has no e-mail address", now);
            return Optional.empty();
        }
        outbox.rendered(mail.id(), facts.orderId(), version, facts.recipient(), text.subject(), text.body());
        if (note != null) {
            outbox.note(mail.id(), note);
        }
        return outbox.find(mail.id());
    }

    private void deliver(MailMessage mail, Instant now) {
        int attempt = mail.attempts() + 1;
        MailComposer.Composed composed;
        try {
            composed = composer.compose(mail.id(), mail.recipient(), mail.subject(), mail.body(), now);
        } catch (MailPreparationException invalid) {
            fail(mail, attempt, invalid.getMessage(), now);
            return;
        }
        String note = join(mail.note(), composed.note());
        if (!transport.live()) {
            outbox.delivered(mail.id(), "SANDBOX", attempt, composed.charset().name(), composed.rawSource(), note, now);
            history(mail, "メール未送信 (メールサーバー未設定: サンドボックスの送信箱に保存)");
            return;
        }
        try {
            transport.send(composed.message());
        } catch (MailTransport.SendFailure failure) {
            retryOrFail(mail, attempt, failure.getMessage(), failure.permanent(), now);
            return;
        }
        outbox.delivered(mail.id(), "SENT", attempt, composed.charset().name(), composed.rawSource(), note, now);
        history(mail, "メール送信");
    }

    private void retryOrFail(MailMessage mail, int attempt, String error, boolean permanent, Instant now) {
        if (permanent || attempt >= properties.maxAttempts()) {
            fail(mail, attempt, error, now);
            return;
        }
        Instant next = now.plusMillis(backoff.apply(attempt));
        log.info("Mail {} to order {} failed (attempt {}), retrying at {}: {}", mail.id(), mail.orderNumber(), attempt,
                next, error);
        outbox.retryLater(mail.id(), attempt, next, error);
    }

    private void fail(MailMessage mail, int attempts, String reason, Instant now) {
        outbox.failed(mail.id(), attempts, reason, now);
        history(mail, "メール送信失敗 (" + reason + ")");
    }

    /** The order-history line of a mail's outcome (none for a mail whose order does not exist). */
    private void history(MailMessage mail, String what) {
        MailMessage current = outbox.find(mail.id()).orElse(mail);
        if (current.orderId() == null) {
            return;
        }
        String template = current.templateCode() == null ? "個別メール"
                : current.templateCode() + (current.templateVersion() == null ? "" : " v" + current.templateVersion());
        String by = CurrentActor.SYSTEM.equals(current.queuedBy()) ? "" : " (依頼: " + current.queuedBy() + ")";
        orders.recordHistory(current.orderId(), HistoryKind.MAIL, what + " " + template + " → "
                + (current.recipient() == null ? "-" : current.recipient())
                + (current.subject() == null ? "" : "「" + current.subject() + "」") + by);
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "; " + second;
    }
}
