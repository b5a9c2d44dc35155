package com.orderdesk.payment.dsk;

import java.io.IOException;
import java.time.Clock;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.internal.NotificationRequests;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives DSK's payment notices at {@code /webhooks/dsk}: reads the raw Shift_JIS body (Spring
 * must not decode the form as UTF-8), authenticates and parses it through the adapter, hands it to
 * the payment inbox, and answers DSK's literal {@code <SENBDATA>STATUS=800</SENBDATA>} once stored.
 * Anything else gets HTTP 500 with another body, so DSK resends (PROPOSED: 5 tries, 10 minutes
 * apart). A caller that is not DSK is recorded as a rejection (403); nothing of it is applied.
 */
@RestController
class DskNotificationController {

    private static final Logger log = LoggerFactory.getLogger(DskNotificationController.class);

    private final DskPaymentGateway adapter;
    private final ObjectProvider<ProviderSettingsLookup> settings;
    private final ObjectProvider<NotificationInbox> inbox;
    private final Clock clock;

    DskNotificationController(DskPaymentGateway adapter, ObjectProvider<ProviderSettingsLookup> settings,
            ObjectProvider<NotificationInbox> inbox, Clock clock) {
        this.adapter = adapter;
        this.settings = settings;
        this.inbox = inbox;
        this.clock = clock;
    }

    @PostMapping("/webhooks/dsk")
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        InboundNotification raw = NotificationRequests.capture(request, ProviderCode.DSK, DskForm.CHARSET,
                DskForm::encode, clock.instant());
        NotificationInbox notifications = inbox.getIfAvailable();
        ProviderSettingsLookup lookup = settings.getIfAvailable();
        if (notifications == null || lookup == null) {
            log.warn("DSK notice answered NG: the payment inbox is not available");
            return NotificationRequests.answer(adapter.acknowledgement(false), 503);
        }
        ParsedNotification parsed;
        try {
            parsed = adapter.parse(raw, lookup.settingsFor(ProviderCode.DSK));
        } catch (NotificationRejected | ProviderNotConfigured e) {
            boolean unauthenticated = !(e instanceof NotificationRejected rejected) || rejected.unauthenticated();
            log.warn("DSK notice from {} rejected: {}", raw.sourceAddress(), e.getMessage());
            notifications.reject(raw, e.getMessage());
            return NotificationRequests.answer(adapter.acknowledgement(false), unauthenticated ? 403 : 400);
        }
        try {
            notifications.accept(raw, parsed);
        } catch (RuntimeException e) {
            log.error("DSK notice {} could not be stored; DSK will resend", parsed.deduplicationKey(), e);
            return NotificationRequests.answer(adapter.acknowledgement(false), 500);
        }
        return NotificationRequests.answer(adapter.acknowledgement(true), 200);
    }
}
