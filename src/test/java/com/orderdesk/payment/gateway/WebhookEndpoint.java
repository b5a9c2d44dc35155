package com.orderdesk.payment.gateway;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For adapter tests without the application: {@code POST /webhooks/<slug>} of one receiver through
 * the real {@link NotificationIngest}, as the application's one webhook route runs it (raw body
 * bytes, source address, the receiver's charset). Never picked up by the application's component
 * scan (the profile is never active): tests construct it or declare it as a bean.
 */
@RestController
@Profile("adapter-tests-construct-it-themselves")
public class WebhookEndpoint {

    private final NotificationReceiver<?> receiver;
    private final NotificationIngest ingest;
    private final Clock clock;

    public WebhookEndpoint(NotificationReceiver<?> receiver, NotificationInbox inbox, ProviderSettingsLookup settings,
            Clock clock) {
        this.receiver = receiver;
        this.ingest = new NotificationIngest(inbox, settings);
        this.clock = clock;
    }

    @PostMapping("/webhooks/*")
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        InboundNotification raw = new InboundNotification(receiver.providerCode(), request.getRemoteAddr(), headers(request),
                String.valueOf(request.getContentType()), request.getInputStream().readAllBytes(), receiver.charset(),
                clock.instant());
        NotificationReceiver.Acknowledgement answer = ingest.receive(receiver, raw);
        return ResponseEntity.status(answer.status()).contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
