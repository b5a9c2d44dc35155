package com.orderdesk.mail.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.mail.internal.MailBulkJob;
import com.orderdesk.mail.internal.MailMessage;
import com.orderdesk.mail.internal.MailSending;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer mail for operators: the outbox and mail log (every mail with its rendered text, status
 * and failure reason; in the sandbox, where no mail server is configured, the only place the mails
 * go), an order's mails, sending a template or a free-form mail to an order, メール一括通知 to
 * selected orders as a background job with per-order results, and resending.
 */
@RestController
class MailAdminController {

    private static final Set<String> STATUSES = Set.of("QUEUED", "SENT", "SANDBOX", "FAILED");

    private final MailSending sending;

    MailAdminController(MailSending sending) {
        this.sending = sending;
    }

    /** @param mode SMTP when a mail server is configured, SANDBOX when mails stay here */
    record Outbox(String mode, List<MailMessage> mails) {
    }

    record SendRequest(@Nullable @Size(max = 64) String templateCode, @Nullable @Size(max = 8) String language,
            @Nullable @Size(max = 1000) String subject, @Nullable @Size(max = 100_000) String body,
            @Nullable @Size(max = 20_000) String message) {
    }

    record BulkRequest(@NotEmpty @Size(max = MailSending.MAX_BULK_ORDERS) List<String> orderNumbers,
            @NotBlank @Size(max = 64) String templateCode, @Nullable @Size(max = 8) String language,
            @Nullable @Size(max = 20_000) String message) {
    }

    @GetMapping("/api/admin/mail/messages")
    Outbox outbox(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String orderNumber,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("status", "must be one of QUEUED, SENT, SANDBOX, FAILED");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInput("limit", "must be between 1 and 500");
        }
        if (offset < 0) {
            throw new InvalidInput("offset", "must not be negative");
        }
        return new Outbox(sending.live() ? "SMTP" : "SANDBOX", sending.messages(status, orderNumber, limit, offset));
    }

    @GetMapping("/api/admin/mail/messages/{id}")
    MailMessage message(@PathVariable UUID id) {
        return sending.message(id);
    }

    /** The message as it went out (headers encoded, body in its transfer encoding). */
    @GetMapping(value = "/api/admin/mail/messages/{id}/source", produces = "message/rfc822")
    ResponseEntity<String> source(@PathVariable UUID id) {
        String source = sending.source(id).orElseThrow(() -> new NotFound("Mail source", id + " (not composed yet)"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("message/rfc822")).body(source);
    }

    @PostMapping("/api/admin/mail/messages/{id}/resend")
    ResponseEntity<MailMessage> resend(@PathVariable UUID id) {
        MailMessage queued = sending.resend(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/mail/messages/" + queued.id()))
                .body(queued);
    }

    @GetMapping("/api/admin/orders/{number}/mails")
    Outbox orderMails(@PathVariable String number) {
        return new Outbox(sending.live() ? "SMTP" : "SANDBOX", sending.messages(null, number, 500, 0));
    }

    @PostMapping("/api/admin/orders/{number}/mails")
    ResponseEntity<MailMessage> send(@PathVariable String number, @Valid @RequestBody SendRequest request) {
        MailMessage queued = sending.send(number, new MailSending.Draft(request.templateCode(), request.language(),
                request.subject(), request.body(), request.message()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/mail/messages/" + queued.id()))
                .body(queued);
    }

    @PostMapping("/api/admin/orders/{number}/mails/preview")
    MailSending.Preview preview(@PathVariable String number, @Valid @RequestBody SendRequest request) {
        return sending.preview(number, new MailSending.Draft(request.templateCode(), request.language(),
                request.subject(), request.body(), request.message()));
    }

    @PostMapping("/api/admin/mail/bulk")
    ResponseEntity<MailBulkJob> bulk(@Valid @RequestBody BulkRequest request) {
        MailBulkJob job = sending.sendToMany(request.orderNumbers(), request.templateCode(), request.language(),
                request.message());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/mail/bulk/" + job.id()))
                .body(job);
    }

    @GetMapping("/api/admin/mail/bulk/{id}")
    MailBulkJob job(@PathVariable UUID id) {
        return sending.job(id);
    }
}
