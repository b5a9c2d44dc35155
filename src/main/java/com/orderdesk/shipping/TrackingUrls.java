package com.orderdesk.shipping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a shopper follows a parcel: a URL template per carrier with {@code {trackingNumber}} in it
 * ({@code orderdesk.shipping.tracking-urls}), one table for every module that shows a tracking link
 * (customer mail, the store API). The defaults are the carriers' public tracking pages as shops
 * commonly link them; no fact sheet records them, so they are configuration, not code, and a carrier
 * without a template gets no URL.
 */
@ConfigurationProperties("orderdesk.shipping")
public record TrackingUrls(Map<Carrier, String> trackingUrls) {

    public TrackingUrls {
        trackingUrls = trackingUrls == null ? Map.of() : Map.copyOf(trackingUrls);
    }

    /** The tracking page of this parcel, or null when the carrier has no template. */
    public @Nullable String of(Carrier carrier, String trackingNumber) {
        String template = trackingUrls.get(carrier);
        return template == null || template.isBlank() ? null
                : template.replace("{trackingNumber}", URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }
}
