package com.orderdesk.payment.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.orderdesk.payment.NotificationEntry;
import com.orderdesk.payment.PaymentNotifications;
import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of the webhook inbox: what failed, and replaying it once the cause is fixed. */
@RestController
@RequestMapping("/api/admin/webhooks")
class WebhookAdminController {

    private static final Set<String> STATUSES = Set.of("RECEIVED", "PROCESSING", "PROCESSED", "IGNORED", "FAILED", "REJECTED");

    private final PaymentNotifications notifications;

    WebhookAdminController(PaymentNotifications notifications) {
        this.notifications = notifications;
    }

    record NotificationList(List<NotificationEntry> notifications) {
    }

    @GetMapping
    NotificationList list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "100") int limit) {
        String wanted = status == null ? null : status.toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new InvalidInput("status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInput("limit", "must be between 1 and 1000");
        }
        return new NotificationList(notifications.list(wanted, limit));
    }

    /** Queues the notification again; the worker picks it up within a second or two. */
    @PostMapping("/{id}/replay")
    ResponseEntity<NotificationEntry> replay(@PathVariable UUID id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(notifications.replay(id));
    }
}
