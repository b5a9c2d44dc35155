package com.orderdesk.payment.internal;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code key=value&…} form encoding of Japanese providers that speak Shift_JIS (GMO-PG, DSK),
 * in Windows-31J: the same bytes as Shift_JIS for everything Shift_JIS has, plus the characters
 * shoppers really type (①, ～, NEC/IBM kanji) that plain Shift_JIS turns into {@code ?}. Each
 * adapter's own form class keeps its secret-field list and error type and delegates here.
 */
public final class Windows31jForm {

    public static final Charset CHARSET = Charset.forName("windows-31j");

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Windows31jForm() {
    }

    /** A body that is not {@code key=value} pairs; the adapter turns it into its own error. */
    public static final class MalformedForm extends IllegalArgumentException {
        MalformedForm(String message) {
            super(message);
        }
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
     * <p>Percent-decoding is done on bytes before the Windows-31J decoding, because a sender may
     * leave the ASCII-range second byte of a double-byte character unencoded ({@code テ} as
     * {@code %83e}, which is what .NET's {@code HttpUtility.UrlEncode} with Shift_JIS produces);
     * decoding percent runs as text would break such characters.
     *
     * @throws MalformedForm when the body is empty or not {@code key=value} pairs
     */
    public static Map<String, String> decode(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1).strip();
        if (text.isEmpty()) {
            throw new MalformedForm("empty body");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !KEY.matcher(key).matches()) {
                throw new MalformedForm("not a key=value body");
            }
            fields.put(key, new String(percentDecoded(pair.substring(equals + 1), key), CHARSET));
        }
        return fields;
    }

    /** The fields as text fit for logs and history: the secret fields' values replaced by {@code ****}. */
    public static String masked(Map<String, String> fields, Set<String> secretFields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(key).append('=').append(secretFields.contains(key) && !value.isEmpty() ? "****" : value);
        });
        return text.toString();
    }

    /** {@code value} holds one char per byte (ISO-8859-1); returns the bytes it encodes. */
    private static byte[] percentDecoded(String value, String key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
                int low = i + 2 < value.length() ? Character.digit(value.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new MalformedForm("bad percent-encoding in " + key);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
