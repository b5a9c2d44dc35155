package com.orderdesk.payment.gateway;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What of an authenticated notice the inbox may keep: the body with the values of the provider's
 * {@link NotificationReceiver#secretFields() secret fields} replaced by {@value #MASK}, and only the
 * {@link #KEPT_HEADERS} plus the provider's {@link NotificationReceiver#keptHeaders() own}. The
 * adapter reads the notice as sent; only what is stored is redacted, so an inbox row never holds a
 * shop password, an operator's {@code Authorization} or a cookie that reached the webhook route.
 */
public final class StoredNotice {

    /** What a secret field's value becomes in the stored body. */
    public static final String MASK = "****";

    /** Headers every stored notice keeps: they say what was sent and by what, never who signed in. */
    public static final Set<String> KEPT_HEADERS = Set.of("content-type", "content-length", "user-agent");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredNotice() {
    }

    /** The notice as the inbox stores it. */
    public static InboundNotification of(InboundNotification raw, NotificationReceiver<?> receiver) {
        return new InboundNotification(raw.provider(), raw.sourceAddress(), headers(raw.headers(), receiver.keptHeaders()),
                raw.contentType(), body(raw.body(), raw.charset(), raw.contentType(), receiver.secretFields()),
                raw.charset(), raw.receivedAt());
    }

    static Map<String, String> headers(Map<String, String> headers, Set<String> providerKept) {
        Map<String, String> kept = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (KEPT_HEADERS.contains(lower) || providerKept.contains(lower)) {
                kept.put(lower, value);
            }
        });
        return kept;
    }

    /**
     * The body with secret values replaced: a JSON body member by member at any depth, a form body
     * pair by pair (bytes of the other pairs untouched, whatever the charset). A body of another
     * shape (XML, text) that names a secret field cannot be redacted reliably and is not kept.
     */
    static byte[] body(byte[] body, Charset charset, String contentType, Set<String> secrets) {
        if (secrets.isEmpty() || body.length == 0) {
            return body;
        }
        String text = new String(body, charset);
        if (contentType.toLowerCase(Locale.ROOT).contains("json") || text.stripLeading().startsWith("{")) {
            try {
                JsonNode tree = JSON.readTree(text);
                mask(tree, secrets);
                return JSON.writeValueAsString(tree).getBytes(charset);
            } catch (JacksonException e) {
                return namesNone(text, secrets) ? body : new byte[0];
            }
        }
        // Form bytes are split as ISO-8859-1, which maps every byte to one char and back: Shift_JIS
        // never uses '&' or '=' as a trailing byte, so multi-byte text survives untouched.
        String form = new String(body, StandardCharsets.ISO_8859_1);
        if (!form.matches("[^\\s<>{}]*=[^\\s<>{}]*(&[^\\s<>{}]*)*")) {
            return namesNone(text, secrets) ? body : new byte[0];
        }
        StringJoiner redacted = new StringJoiner("&");
        for (String pair : form.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            redacted.add(secrets.contains(decoded(name, charset)) ? name + "=" + MASK : pair);
        }
        return redacted.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void mask(JsonNode node, Set<String> secrets) {
        if (node instanceof ObjectNode object) {
            for (String name : Set.copyOf(object.propertyNames())) {
                if (secrets.contains(name)) {
                    object.put(name, MASK);
                } else {
                    mask(object.get(name), secrets);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> mask(element, secrets));
        }
    }

    private static String decoded(String name, Charset charset) {
        try {
            return URLDecoder.decode(name, charset);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static boolean namesNone(String text, Set<String> secrets) {
        return secrets.stream().noneMatch(text::contains);
    }
}
