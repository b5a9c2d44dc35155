package com.orderdesk.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderdesk.order.Order;
import com.orderdesk.order.OrderManagement;
import com.orderdesk.shared.CurrentActor;
import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import com.orderdesk.shared.StateConflict;
import com.orderdesk.shared.UnprocessableRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators do with customer mail: preview a template against a real order, send a template
 * or a free-form mail to one order, send a template to many orders (メール一括通知) as a background
 * job, resend a mail, and read the outbox. Sends only queue: the worker sends, retries and logs.
 */
@Service
public class MailSending {

    public static final int MAX_BULK_ORDERS = 1000;

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final MailData data;
    private final MailRenderer renderer;
    private final OrderManagement orders;
    private final MailProperties properties;
    private final MailTransport transport;
    private final JdbcClient jdbc;
    private final Clock clock;

    MailSending(MailOutbox outbox, MailTemplates templates, MailData data, MailRenderer renderer,
            OrderManagement orders, MailProperties properties, MailTransport transport, JdbcClient jdbc, Clock clock) {
        this.transport = transport;
        this.outbox = outbox;
        this.templates = templates;
        this.data = data;
        this.renderer = renderer;
        this.orders = orders;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What to send: a template (by code) or a free-form subject and body of one's own (Mustache, the
     * same placeholders), with the operator's {@code message} for {@code {{message}}}.
     */
    public record Draft(@Nullable String templateCode, @Nullable String language, @Nullable String subject,
            @Nullable String body, @Nullable String message) {

        String languageOr(String fallback) {
            return language == null || language.isBlank() ? fallback : language;
        }
    }

    /** A preview: the mail as it would go to the order now. */
    public record Preview(String orderNumber, String recipient, String subject, String body,
            @Nullable Integer templateVersion, boolean paymentStarting) {
    }

    /**
     * Renders without sending. The draft's own subject and body win over the template's, so an
     * ADMIN can preview an edit before saving it.
     *
     * @throws com.orderdesk.order.OrderNotFound (404), NotFound (404) for an unknown template,
     *         UnprocessableRequest (422) when the text does not render
     */
    @Transactional(readOnly = true)
    public Preview preview(String orderNumber, Draft draft) {
        MailData.Facts facts = data.gather(orderNumber, null, draft.message());
        String subject = draft.subject();
        String body = draft.body();
        Integer version = null;
        if (draft.templateCode() != null) {
            MailTemplate template = templates.get(draft.templateCode(), draft.languageOr(properties.defaultLanguage()));
            subject = subject == null ? template.subject() : subject;
            body = body == null ? template.body() : body;
            version = draft.subject() == null && draft.body() == null ? template.version() : null;
        }
        requireText(subject, body);
        try {
            MailRenderer.Rendered rendered = renderer.render(subject, body, facts.context());
            return new Preview(orderNumber, facts.recipient(), rendered.subject(), rendered.body(), version,
                    facts.paymentStarting());
        } catch (MailRenderer.TemplateError broken) {
            throw new UnprocessableRequest("invalid-mail-template", broken.part() + ": " + broken.getMessage(),
                    List.of(new FieldError(broken.part(), broken.getMessage())));
        }
    }

    /**
     * Queues one mail to the order. A free-form text is checked first (422 when it does not render).
     *
     * @throws com.orderdesk.order.OrderNotFound (404), NotFound (404) for an unknown template
     */
    @Transactional
    public MailMessage send(String orderNumber, Draft draft) {
        Order order = orders.find(orderNumber);
        String language = draft.languageOr(properties.defaultLanguage());
        MailTrigger trigger = MailTrigger.MANUAL;
        String subject = null;
        String body = null;
        if (draft.templateCode() != null && draft.subject() == null && draft.body() == null) {
            trigger = templates.get(draft.templateCode(), language).trigger();
        } else {
            requireText(draft.subject(), draft.body());
            templates.check(draft.subject(), draft.body());
            subject = draft.subject();
            body = draft.body();
        }
        UUID id = UUID.randomUUID();
        outbox.enqueue(new MailOutbox.NewMail(id, null, order.number(), order.id(), trigger, null,
                subject == null ? draft.templateCode() : null, language, subject, body, draft.message(), null, null,
                CurrentActor.name(), clock.instant()));
        return message(id);
    }

    /**
     * Queues the template to each order (duplicates and blanks dropped); the worker renders and sends
     * each on its own, so an unknown order or a failing address fails only its own item.
     *
     * @throws InvalidInput (400) for no orders or more than {@value #MAX_BULK_ORDERS}
     * @throws NotFound (404) for an unknown template
     */
    @Transactional
    public MailBulkJob sendToMany(List<String> orderNumbers, String templateCode, @Nullable String language,
            @Nullable String message) {
        List<String> numbers = orderNumbers.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (numbers.isEmpty() || numbers.size() > MAX_BULK_ORDERS) {
            throw new InvalidInput("orderNumbers", "must name between 1 and " + MAX_BULK_ORDERS + " orders");
        }
        String lang = language == null || language.isBlank() ? properties.defaultLanguage() : language;
        MailTemplate template = templates.get(templateCode, lang);
        UUID jobId = UUID.randomUUID();
        Instant now = clock.instant();
        String actor = CurrentActor.name();
        jdbc.sql("""
                INSERT INTO mail_bulk_jobs (id, template_code, language, operator_message, requested_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(jobId, templateCode, lang, message, actor, Timestamp.from(now))
                .update();
        for (int position = 0; position < numbers.size(); position++) {
            String number = numbers.get(position);
            outbox.enqueue(new MailOutbox.NewMail(UUID.randomUUID(), "bulk:" + jobId + ":" + number, number, null,
                    template.trigger(), null, templateCode, lang, null, null, message, jobId, position, actor, now));
        }
        return job(jobId);
    }

    /** @throws NotFound when there is no such job */
    @Transactional(readOnly = true)
    public MailBulkJob job(UUID jobId) {
        record Header(String templateCode, String language, String requestedBy, Instant createdAt) {
        }
        Header header = jdbc.sql("SELECT template_code, language, requested_by, created_at FROM mail_bulk_jobs WHERE id = ?")
                .param(jobId).query((rs, row) -> new Header(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).optional()
                .orElseThrow(() -> new NotFound("Mail job", jobId.toString()));
        List<MailMessage> mails = outbox.search(null, null, jobId, MAX_BULK_ORDERS, 0);
        List<MailBulkJob.Item> items = mails.stream().map(mail -> new MailBulkJob.Item(mail.orderNumber(), mail.id(),
                mail.status(), mail.lastError(), mail.finishedAt())).toList();
        int queued = (int) items.stream().filter(item -> item.status().equals("QUEUED")).count();
        int failed = (int) items.stream().filter(item -> item.status().equals("FAILED")).count();
        return new MailBulkJob(jobId, header.templateCode(), header.language(), header.requestedBy(), header.createdAt(),
                queued == 0 ? "COMPLETED" : "RUNNING", items.size(), queued, items.size() - queued - failed, failed, items);
    }

    /**
     * Sends a finished mail again: the same text to the same address when it was rendered, otherwise
     * rendered afresh.
     *
     * @throws NotFound (404) for an unknown mail, StateConflict (409) while it is still queued
     */
    @Transactional
    public MailMessage resend(UUID mailId) {
        MailMessage original = message(mailId);
        if (original.status().equals("QUEUED")) {
            throw new StateConflict("mail-still-queued", "Mail still queued",
                    "mail " + mailId + " has not been sent yet (attempt " + original.attempts() + "); it needs no resend");
        }
        UUID id = UUID.randomUUID();
        outbox.enqueueCopy(id, original, CurrentActor.name(), clock.instant());
        return message(id);
    }

    /** @throws NotFound when there is no such mail */
    @Transactional(readOnly = true)
    public MailMessage message(UUID id) {
        return outbox.find(id).orElseThrow(() -> new NotFound("Mail", id.toString()));
    }

    /** The message source as it went out (RFC 5322), once it was composed. */
    @Transactional(readOnly = true)
    public Optional<String> source(UUID id) {
        message(id);
        return outbox.rawSource(id);
    }

    /** The outbox, newest first. */
    @Transactional(readOnly = true)
    public List<MailMessage> messages(@Nullable String status, @Nullable String orderNumber, int limit, int offset) {
        return outbox.search(status, orderNumber, null, limit, offset);
    }

    /** Whether mails are really sent (a mail server is configured) or kept in the outbox as SANDBOX. */
    public boolean live() {
        return transport.live();
    }

    private static void requireText(@Nullable String subject, @Nullable String body) {
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new InvalidInput(subject == null || subject.isBlank() ? "subject" : "body",
                    "a free-form mail needs a subject and a body (or give templateCode alone)");
        }
    }
}
