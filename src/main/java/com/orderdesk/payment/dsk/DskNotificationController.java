package com.orderdesk.payment.dsk;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.dsk.wire.DskForm;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.NotificationReceiver.Acknowledgement;
import com.orderdesk.payment.gateway.NotificationRejected;
import com.orderdesk.payment.gateway.ParsedNotification;
import com.orderdesk.payment.gateway.ProviderNotConfigured;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
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
        InboundNotification raw = new InboundNotification(ProviderCode.DSK, request.getRemoteAddr(), headers(request),
                String.valueOf(request.getContentType()), body(request), DskForm.CHARSET, clock.instant());
        NotificationInbox notifications = inbox.getIfAvailable();
        ProviderSettingsLookup lookup = settings.getIfAvailable();
        if (notifications == null || lookup == null) {
            log.warn("DSK notice answered NG: the payment inbox is not available");
            return answer(adapter.acknowledgement(false), 503);
        }
        ParsedNotification parsed;
        try {
            parsed = adapter.parse(raw, lookup.settingsFor(ProviderCode.DSK));
        } catch (NotificationRejected | ProviderNotConfigured e) {
            boolean unauthenticated = !(e instanceof NotificationRejected rejected) || rejected.unauthenticated();
            log.warn("DSK notice from {} rejected: {}", raw.sourceAddress(), e.getMessage());
            notifications.reject(raw, e.getMessage());
            return answer(adapter.acknowledgement(false), unauthenticated ? 403 : 400);
        }
        try {
            notifications.accept(raw, parsed);
        } catch (RuntimeException e) {
            log.error("DSK notice {} could not be stored; DSK will resend", parsed.deduplicationKey(), e);
            return answer(adapter.acknowledgement(false), 500);
        }
        return answer(adapter.acknowledgement(true), 200);
    }

    private static ResponseEntity<String> answer(Acknowledgement acknowledgement, int status) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(acknowledgement.contentType()))
                .body(acknowledgement.body());
    }

    /**
     * The body bytes as DSK sent them. Should a filter already have read the form parameters, the
     * stream is empty and the form is rebuilt from them; DSK's notice fields are ASCII (ids, codes,
     * digits), so nothing is lost to the container's decoding.
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length > 0 || request.getParameterMap().isEmpty()) {
            return body;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return DskForm.encode(fields);
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
