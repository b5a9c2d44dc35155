package com.orderdesk.integration.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends one signed webhook request and reports what came back. Redirects are not followed (a
 * redirect could lead to an internal address), and only the first bytes of the answer are read.
 */
@Component
class WebhookSender {

    static final int EXCERPT_BYTES = 500;

    private final WebhookProperties properties;
    private final WebhookTargets targets;
    private final Clock clock;
    private final HttpClient client;

    WebhookSender(WebhookProperties properties, WebhookTargets targets, Clock clock) {
        this.properties = properties;
        this.targets = targets;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What one attempt got: an HTTP status with the start of the body, or the reason there was none. */
    record Answer(@Nullable Integer status, @Nullable String error, @Nullable String excerpt) {

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return status != null ? "HTTP " + status : String.valueOf(error);
        }
    }

    Answer send(String url, String secret, String eventId, String body) {
        URI target = URI.create(url);
        String refusal = targets.refusal(target.getHost());
        if (refusal != null) {
            return new Answer(null, "not sent: " + refusal, null);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "OrderDesk-Webhooks/1")
                .header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, eventId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                String excerpt = new String(in.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), null, excerpt.isEmpty() ? null : excerpt);
            }
        } catch (HttpTimeoutException ex) {
            return new Answer(null, "timed out after " + properties.timeout().toMillis() + " ms", null);
        } catch (IOException ex) {
            return new Answer(null, ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted", null);
        }
    }
}
