package com.orderdesk.payment.gmo.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;

/**
 * GMO-PG's {@code Key=Value&Key=Value} encoding, used for requests, answers and result
 * notifications alike.
 *
 * <p>Charset: {@link #CHARSET} is Windows-31J (Microsoft's Shift_JIS). The fact sheet names
 * Shift_JIS as GMO's classic default for the protocol type; Windows-31J encodes the same bytes for
 * everything Shift_JIS has and also the characters Japanese shoppers really type (①, ～, NEC/IBM
 * kanji), which plain Shift_JIS would turn into {@code ?}. Values OrderDesk sends are almost all
 * ASCII (ids, amounts, tokens); the charset matters for {@code MemberName}/{@code HolderName} and
 * for notification fields. This is the one place it is decided.
 */
public final class GmoForm {

    public static final Charset CHARSET = Charset.forName("Windows-31J");

    public static final MediaType CONTENT_TYPE = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, CHARSET);

    /** Fields whose values are secrets or card data: never logged, never written to history. */
    public static final Set<String> SECRET_FIELDS = Set.of("ShopPass", "SitePass", "AccessPass", "Token", "CardNo",
            "SecurityCode", "Expire", "PaRes", "MD");

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private GmoForm() {
    }

    public static byte[] encode(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(key).append('=').append(URLEncoder.encode(value, CHARSET));
        });
        return body.toString().getBytes(CHARSET);
    }

    /**
     * Reads a body; keys keep their order.
     *
     * @throws MalformedGmoReply when the body is empty or is not {@code Key=Value} pairs (an HTML
     *         error page from a proxy, a truncated answer)
     */
    public static Map<String, String> decode(byte[] body) {
        String text = new String(body, CHARSET).strip();
        if (text.isEmpty()) {
            throw new MalformedGmoReply("empty body");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !KEY.matcher(key).matches()) {
                throw new MalformedGmoReply("not a Key=Value body");
            }
            fields.put(key, URLDecoder.decode(pair.substring(equals + 1), CHARSET));
        }
        return fields;
    }

    /** The fields as text fit for logs and history: secrets replaced by {@code ****}. */
    public static String masked(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(key).append('=').append(SECRET_FIELDS.contains(key) && !value.isEmpty() ? "****" : value);
        });
        return text.toString();
    }
}
