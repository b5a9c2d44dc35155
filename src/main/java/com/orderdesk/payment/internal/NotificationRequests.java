package com.orderdesk.payment.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.orderdesk.payment.ProviderCode;
import com.orderdesk.payment.gateway.InboundNotification;
import com.orderdesk.payment.gateway.NotificationReceiver.Acknowledgement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP side every provider's notification controller shares: capturing the request exactly as
 * the provider sent it (raw body bytes in the provider's charset, lower-case headers, source
 * address) and writing the provider's literal acknowledgement back.
 */
public final class NotificationRequests {

    private NotificationRequests() {
    }

    /**
     * The notification as it arrived. If a filter already consumed the form parameters, the body
     * stream is empty and the form is rebuilt from them with the provider's own encoder.
     */
    public static InboundNotification capture(HttpServletRequest request, ProviderCode provider, Charset charset,
            Function<Map<String, String>, byte[]> formEncoder, Instant receivedAt) throws IOException {
        return new InboundNotification(provider, request.getRemoteAddr(), headers(request),
                String.valueOf(request.getContentType()), body(request, formEncoder), charset, receivedAt);
    }

    public static ResponseEntity<String> answer(Acknowledgement acknowledgement, int status) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(acknowledgement.contentType()))
                .body(acknowledgement.body());
    }

    private static byte[] body(HttpServletRequest request, Function<Map<String, String>, byte[]> formEncoder)
            throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length > 0 || request.getParameterMap().isEmpty()) {
            return body;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, values.length == 0 ? "" : values[0]));
        return formEncoder.apply(fields);
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }
}
