package com.orderdesk.payment.gmo;

import java.io.IOException;
import java.time.Clock;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.internal.NotificationRequests;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettings;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gmo.GmoNotificationParser.GmoNotification;
import com.orderdesk.payment.gmo.wire.GmoForm;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives GMO-PG's result notification at {@code /webhooks/gmo-pg}: authenticates and parses it
 * through {@link GmoNotificationParser}, hands it to the payment inbox, and answers GMO's literal
 * {@code 0} (stored) or {@code 1} (failed: GMO resends). A caller that is not GMO is recorded as a
 * rejection and gets a 403; nothing of it is processed. The connectivity test ({@code E00000000})
 * is answered {@code 0} and not stored, as it concerns no payment.
 */
@RestController
class GmoNotificationController {

    private static final Logger log = LoggerFactory.getLogger(GmoNotificationController.class);

    private final GmoNotificationParser parser;
    private final ObjectProvider<ProviderSettingsLookup> settings;
    private final ObjectProvider<NotificationInbox> inbox;
    private final Clock clock;

    GmoNotificationController(GmoNotificationParser parser, ObjectProvider<ProviderSettingsLookup> settings,
            ObjectProvider<NotificationInbox> inbox, Clock clock) {
        this.parser = parser;
        this.settings = settings;
        this.inbox = inbox;
        this.clock = clock;
    }

    @PostMapping("/webhooks/gmo-pg")
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        InboundNotification raw = NotificationRequests.capture(request, ProviderCode.GMO_PG, GmoForm.CHARSET,
                GmoForm::encode, clock.instant());
        NotificationInbox notifications = inbox.getIfAvailable();
        ProviderSettingsLookup lookup = settings.getIfAvailable();
        if (notifications == null || lookup == null) {
            log.warn("GMO-PG notification answered 1: the payment inbox is not available");
            return NotificationRequests.answer(GmoNotificationParser.acknowledgement(false), 503);
        }
        GmoNotification notification;
        try {
            ProviderSettings shop = lookup.settingsFor(ProviderCode.GMO_PG);
            notification = parser.parse(raw, shop);
        }
        catch (NotificationRejected | ProviderNotConfigured e) {
            boolean unauthenticated = !(e instanceof NotificationRejected rejected) || rejected.unauthenticated();
            log.warn("GMO-PG notification from {} rejected: {}", raw.sourceAddress(), e.getMessage());
            notifications.reject(raw, e.getMessage());
            return NotificationRequests.answer(GmoNotificationParser.acknowledgement(false), unauthenticated ? 403 : 400);
        }
        if (notification.connectivityTest()) {
            log.info("GMO-PG connectivity test notification received");
            return NotificationRequests.answer(GmoNotificationParser.acknowledgement(true), 200);
        }
        try {
            notifications.accept(raw, notification.toParsed());
        }
        catch (RuntimeException e) {
            log.error("GMO-PG notification {} could not be stored; GMO will resend", notification.deduplicationKey(), e);
            return NotificationRequests.answer(GmoNotificationParser.acknowledgement(false), 200);
        }
        return NotificationRequests.answer(GmoNotificationParser.acknowledgement(true), 200);
    }
}
