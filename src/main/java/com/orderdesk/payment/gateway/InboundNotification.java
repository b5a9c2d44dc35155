package com.orderdesk.payment.gateway;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Map;

import com.orderdesk.payment.ProviderCode;

/**
 * A provider notification exactly as it arrived (stored raw in the inbox before anything else).
 *
 * @param sourceAddress the caller's IP address, for allowlists
 * @param headers request headers, lower-case names
 * @param body the raw body bytes
 * @param charset the body's character set as the provider uses it (Shift_JIS for some)
 */
public record InboundNotification(ProviderCode provider, String sourceAddress, Map<String, String> headers,
        String contentType, byte[] body, Charset charset, Instant receivedAt) {

    public String bodyText() {
        return new String(body, charset);
    }
}
