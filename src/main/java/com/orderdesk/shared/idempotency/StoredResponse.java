package com.orderdesk.shared.idempotency;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The part of a response that a replay must reproduce: status, body and the headers a client acts
 * on (Content-Type to parse the body, Location to find a created resource, ETag for the next
 * conditional update). Other headers are per-response noise (Date, caching, tracing).
 */
record StoredResponse(int status, @Nullable String contentType, @Nullable String location, @Nullable String etag,
        byte[] body) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static StoredResponse of(ContentCachingResponseWrapper response) {
        return new StoredResponse(response.getStatus(), response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION), response.getHeader(HttpHeaders.ETAG),
                response.getContentAsByteArray());
    }

    /**
     * Whether a retry should see this response again. Server errors (5xx, including a provider
     * outage's 503) and 429 say "try again later", so the key is released instead; everything
     * else, 4xx included, is the request's final answer.
     */
    boolean worthKeeping() {
        return status < 500 && status != 429;
    }

    /**
     * Whether the handler forbade keeping this response anywhere ({@code Cache-Control: no-store}),
     * as a response that shows a secret once should (an API key as it is issued). Such a response
     * is not stored and its key is released: storing it would keep the secret in plain text for
     * the whole retention period.
     */
    static boolean forbidsStorage(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.CACHE_CONTROL).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-store"));
    }

    void replayTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (location != null) {
            response.setHeader(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.setHeader(HttpHeaders.ETAG, etag);
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
