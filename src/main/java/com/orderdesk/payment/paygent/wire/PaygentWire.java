package com.orderdesk.payment.paygent.wire;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.gateway.kit.FormCodec;
import com.orderdesk.payment.gateway.kit.MalformedReply;
import org.springframework.http.MediaType;

/**
 * Paygent's text formats in one place. Public (fact sheet): the charset is Shift_JIS; a module
 * response is CRLF-separated {@code name=value} lines and keys with empty values are kept; the
 * notification is {@code application/x-www-form-urlencoded}. ASSUMED: the request travels as a
 * Shift_JIS form too — the vendor library (PaygentB2BModule) hides how it posts.
 */
public final class PaygentWire {

    /** Windows-31J, the Shift_JIS family shoppers' characters need (①, ～). */
    public static final Charset CHARSET = FormCodec.WINDOWS_31J;

    /** Never logged or stored: the connection password, and the notice's signature. */
    public static final Set<String> SECRET_FIELDS = Set.of("connect_password", "hc");

    private static final FormCodec FORM = new FormCodec("Paygent", CHARSET, SECRET_FIELDS, Map.of());

    private PaygentWire() {
    }

    public static MediaType contentType() {
        return FORM.contentType();
    }

    /** @throws com.orderdesk.payment.gateway.RequestNotSendable naming a field Shift_JIS cannot carry */
    public static byte[] encode(Map<String, String> fields) {
        return FORM.encode(fields);
    }

    /** A posted form (requests in the simulator, notices). @throws MalformedReply when not a form */
    public static Map<String, String> decodeForm(byte[] body) {
        return FORM.decode(body);
    }

    public static String masked(Map<String, String> fields) {
        return FORM.masked(fields);
    }

    /** A reply as CRLF lines (a lone LF is accepted too). */
    public static byte[] replyBody(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> text.append(key).append('=').append(value).append("\r\n"));
        return text.toString().getBytes(CHARSET);
    }

    /**
     * Reads a reply's lines in order, empty values kept.
     *
     * @throws MalformedReply when a line is not {@code name=value} or there is no {@code result}
     */
    public static Map<String, String> decodeReply(byte[] body) {
        String text = new String(body, CHARSET);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1 || !line.substring(0, equals).matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new MalformedReply("not a Paygent reply line");
            }
            fields.put(line.substring(0, equals), line.substring(equals + 1));
        }
        if (!fields.containsKey("result")) {
            throw new MalformedReply("Paygent reply without result");
        }
        return fields;
    }
}
