package com.orderdesk.payment.gateway.kit;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.orderdesk.payment.gateway.RequestNotSendable;
import com.orderdesk.shared.Windows31jTwins;
import org.springframework.http.MediaType;

/**
 * The {@code key=value&…} form encoding in one provider's charset, for requests, replies and
 * notices alike.
 *
 * <p>Encoding runs a preflight first: a value with a character the charset cannot carry is refused
 * with {@link RequestNotSendable} naming the field (in OrderDesk's words where the adapter gave a
 * label), because {@link URLEncoder} would otherwise send {@code ?} in its place. Decoding does the
 * percent-decoding on bytes before the charset decoding, because a Shift_JIS sender may leave the
 * ASCII-range second byte of a double-byte character unencoded ({@code テ} as {@code %83e}, what
 * .NET's {@code HttpUtility.UrlEncode} produces); decoding percent runs as text would break them.
 */
public final class FormCodec {

    /**
     * Windows-31J (Microsoft's Shift_JIS): the same bytes as Shift_JIS for everything Shift_JIS has,
     * plus the characters shoppers really type (①, ～, NEC/IBM kanji).
     */
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String provider;
    private final Charset charset;
    private final Set<String> secretFields;
    private final Map<String, String> fieldLabels;

    /**
     * @param provider the provider's name, for refusals
     * @param charset the charset the provider reads and writes
     * @param secretFields fields never logged (passwords, tokens, card data)
     * @param fieldLabels the provider's field names mapped to the request fields a refusal names
     *        ({@code MemberName → customer.name}); unlisted fields are named as the provider spells them
     */
    public FormCodec(String provider, Charset charset, Set<String> secretFields, Map<String, String> fieldLabels) {
        this.provider = provider;
        this.charset = charset;
        this.secretFields = Set.copyOf(secretFields);
        this.fieldLabels = Map.copyOf(fieldLabels);
    }

    public Charset charset() {
        return charset;
    }

    public MediaType contentType() {
        return new MediaType(MediaType.APPLICATION_FORM_URLENCODED, charset);
    }

    /**
     * Encodes after the preflight.
     *
     * @throws RequestNotSendable when a value holds a character the charset cannot carry
     */
    public byte[] encode(Map<String, String> fields) {
        Map<String, String> sendable = twinned(fields);
        preflight(sendable);
        StringBuilder body = new StringBuilder();
        sendable.forEach((key, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(key).append('=').append(URLEncoder.encode(value, charset));
        });
        return body.toString().getBytes(charset);
    }

    /**
     * In Windows-31J, the characters whose JIS form has a standard CP932 twin ({@code 〜} typed on a
     * Mac is {@code ～}) are sent as that twin ({@link Windows31jTwins}), as every Shift_JIS system
     * reads them; only what has no twin is refused.
     */
    private Map<String, String> twinned(Map<String, String> fields) {
        if (!charset.equals(WINDOWS_31J)) {
            return fields;
        }
        Map<String, String> mapped = new LinkedHashMap<>();
        fields.forEach((key, value) -> mapped.put(key, Windows31jTwins.map(value)));
        return mapped;
    }

    /**
     * Refuses the first value that holds a character the charset cannot carry (or a control
     * character), naming its field and the character, never the whole value.
     *
     * @throws RequestNotSendable naming the field
     */
    public void preflight(Map<String, String> fields) {
        CharsetEncoder encoder = charset.newEncoder();
        fields.forEach((key, value) -> value.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            boolean control = Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\r'
                    && codePoint != '\t';
            if (control || !encoder.canEncode(character)) {
                String shown = secretFields.contains(key) || control ? String.format("U+%04X", codePoint)
                        : "'" + character + "' (U+" + String.format("%04X", codePoint) + ")";
                throw new RequestNotSendable(provider, fieldLabels.getOrDefault(key, key), "contains " + shown
                        + ", which " + provider + "'s character set (" + charset.name() + ") cannot carry");
            }
        }));
    }

    /**
     * Reads a body; keys keep their order.
     *
     * @throws MalformedReply when the body is empty or not {@code key=value} pairs
     */
    public Map<String, String> decode(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1).strip();
        if (text.isEmpty()) {
            throw new MalformedReply("empty body");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (equals < 0 || !KEY.matcher(key).matches()) {
                throw new MalformedReply("not a key=value body");
            }
            fields.put(key, new String(percentDecoded(pair.substring(equals + 1), key), charset));
        }
        return fields;
    }

    /** The fields as text fit for logs and history: the secret fields' values replaced by {@code ****}. */
    public String masked(Map<String, String> fields) {
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
                    throw new MalformedReply("bad percent-encoding in " + key);
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
