package com.orderdesk.payment.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationInbox;
import com.orderdesk.payment.gateway.NotificationIngest;
import com.orderdesk.payment.gateway.NotificationReceiver;
import com.orderdesk.payment.gateway.NotificationReceiver.Acknowledgement;
import com.orderdesk.payment.gateway.ProviderSettingsLookup;
import com.orderdesk.payment.gateway.RejectedNotice;
import com.orderdesk.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one webhook route: {@code POST /webhooks/{provider}} (the provider's slug, e.g.
 * {@code gmo-pg}, {@code dsk}) hands the notice, exactly as it arrived, to the provider adapter's
 * {@link NotificationReceiver} bean through {@link NotificationIngest} (verify → parse → locate →
 * classify → store → answer) and writes the provider's literal acknowledgement back. A provider
 * without a receiver is 404. Authentication is the adapter's (the webhook security chain is open).
 * Before anything is read: a source over its refusal limit is 429 ({@link RejectionThrottle}), and
 * a body over the provider's {@link NotificationReceiver#maxBodyBytes() cap} is 413; both are
 * problem bodies, since no provider sends either and a caller who does gets told why.
 */
@RestController
class WebhookController {

    private final Map<ProviderCode, NotificationReceiver<?>> receivers = new HashMap<>();
    private final NotificationIngest ingest;
    private final NotificationInbox inbox;
    private final RejectionThrottle throttle;
    private final Clock clock;

    /** @throws IllegalStateException (start-up fails) when two receivers claim one provider */
    WebhookController(List<NotificationReceiver<?>> receivers, NotificationInbox inbox, ProviderSettingsLookup settings,
            RejectionThrottle throttle, Clock clock) {
        for (NotificationReceiver<?> receiver : receivers) {
            NotificationReceiver<?> previous = this.receivers.putIfAbsent(receiver.providerCode(), receiver);
            if (previous != null) {
                throw new IllegalStateException("Two notification receivers for " + receiver.providerCode() + ": "
                        + previous.getClass().getName() + " and " + receiver.getClass().getName());
            }
        }
        this.inbox = new ThrottledRejections(inbox, throttle);
        this.ingest = new NotificationIngest(this.inbox, settings);
        this.throttle = throttle;
        this.clock = clock;
    }

    @PostMapping("/webhooks/{provider}")
    ResponseEntity<String> receive(@PathVariable String provider, HttpServletRequest request) throws IOException {
        ProviderCode code = ProviderCode.fromSlug(provider)
                .orElseThrow(() -> new NotFound("Webhook", "/webhooks/" + provider));
        NotificationReceiver<?> receiver = receivers.get(code);
        if (receiver == null) {
            throw new NotFound("Webhook", "/webhooks/" + provider);
        }
        String source = request.getRemoteAddr();
        throttle.refuseIfExhausted(source);
        Instant receivedAt = clock.instant();
        byte[] body = body(request, receiver.charset(), receiver.maxBodyBytes());
        if (body == null) {
            long size = Math.max(request.getContentLengthLong(), receiver.maxBodyBytes() + 1L);
            inbox.reject(new RejectedNotice(code, source, "body of " + size + " bytes or more is over the "
                    + receiver.maxBodyBytes() + "-byte cap", size, null, receivedAt));
            throw new NotificationTooLarge(code.displayName(), receiver.maxBodyBytes());
        }
        InboundNotification raw = new InboundNotification(code, source, headers(request),
                String.valueOf(request.getContentType()), body, receiver.charset(), receivedAt);
        Acknowledgement answer = ingest.receive(receiver, raw);
        return ResponseEntity.status(answer.status()).contentType(MediaType.parseMediaType(answer.contentType()))
                .body(answer.body());
    }

    /**
     * The raw body bytes, never decoded by Spring (a Shift_JIS form read as UTF-8 would be broken),
     * or null when it is over {@code maxBytes}: a declared length over it is refused unread, and a
     * chunked body is read no further than one byte past it. If a filter already consumed the form
     * parameters, the body stream is empty and the form is rebuilt from them in the provider's charset.
     */
    private static byte @Nullable [] body(HttpServletRequest request, Charset charset, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            return null;
        }
        if (body.length > 0 || request.getParameterMap().isEmpty()) {
            return body;
        }
        StringBuilder form = new StringBuilder();
        request.getParameterMap().forEach((name, values) -> form.append(form.isEmpty() ? "" : "&").append(name)
                .append('=').append(URLEncoder.encode(values.length == 0 ? "" : values[0], charset)));
        byte[] rebuilt = form.toString().getBytes(charset);
        return rebuilt.length > maxBytes ? null : rebuilt;
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
