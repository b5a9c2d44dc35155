package com.orderdesk.payment.dsk.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;

/**
 * DSK's form encoding, for the requests OrderDesk sends and the payment notices DSK posts.
 *
 * <p>Charset (public: the w2 package URL-encodes values "in Shift_JIS"): {@link #CHARSET} is
 * Windows-31J, which gives the same bytes as Shift_JIS for every JIS X 0208 character and, unlike
 * Java's strict {@code Shift_JIS}, also decodes the vendor characters a notice might carry instead
 * of turning them into {@code ?}. Names sent to DSK are first reduced to JIS X 0208
 * ({@link DskText}), so the difference never reaches DSK. This is the one place the charset is
 * decided.
 */
public final class DskForm {

    public static final Charset CHARSET = Charset.forName("windows-31j");

    public static final MediaType CONTENT_TYPE = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, CHARSET);

    /** Fields never logged nor written to history. */
    public static final Set<String> SECRET_FIELDS = Set.of("password");

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private DskForm() {
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
     * Reads a form body (a notice, or a request in the simulator); keys keep their order.
     *
     * @throws MalformedDskReply when the body is empty or not {@code key=value} pairs
     */
    public static Map<String, String> decode(byte[] body) {
        String text = new String(body, CHARSET).strip();
        if (text.isEmpty()) {
            throw new MalformedDskReply("empty body");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !KEY.matcher(key).matches()) {
                throw new MalformedDskReply("not a key=value form");
            }
            try {
                fields.put(key, URLDecoder.decode(pair.substring(equals + 1), CHARSET));
            } catch (IllegalArgumentException e) {
                throw new MalformedDskReply("bad percent-encoding in " + key);
            }
        }
        return fields;
    }

    /** The fields as text fit for logs: the password replaced by {@code ****}. */
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
