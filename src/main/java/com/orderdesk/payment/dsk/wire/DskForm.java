package com.orderdesk.payment.dsk.wire;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
     * <p>Percent-decoding is done on bytes before the Shift_JIS decoding, because a sender may
     * leave the ASCII-range second byte of a double-byte character unencoded ({@code テ} as
     * {@code %83e}, which is what .NET's {@code HttpUtility.UrlEncode} with Shift_JIS produces);
     * decoding percent runs as text would break such characters.
     *
     * @throws MalformedDskReply when the body is empty or not {@code key=value} pairs
     */
    public static Map<String, String> decode(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1).strip();
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
            fields.put(key, new String(percentDecoded(pair.substring(equals + 1), key), CHARSET));
        }
        return fields;
    }

    /** {@code value} holds one char per byte (ISO-8859-1); returns the bytes it encodes. */
    private static byte[] percentDecoded(String value, String key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw new MalformedDskReply("bad percent-encoding in " + key);
                }
                int high = Character.digit(value.charAt(i + 1), 16);
                int low = Character.digit(value.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new MalformedDskReply("bad percent-encoding in " + key);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
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
