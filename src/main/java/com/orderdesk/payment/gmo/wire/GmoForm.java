package com.orderdesk.payment.gmo.wire;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.gateway.kit.FormCodec;
import com.orderdesk.payment.gateway.kit.MalformedReply;
import org.springframework.http.MediaType;

/**
 * GMO-PG's {@code Key=Value&Key=Value} encoding, used for requests, answers and result
 * notifications alike: the kit's {@link FormCodec} in Windows-31J with GMO's secret fields.
 *
 * <p>Charset: Windows-31J (Microsoft's Shift_JIS). The fact sheet names Shift_JIS as GMO's classic
 * default for the protocol type; Windows-31J encodes the same bytes for everything Shift_JIS has
 * and also the characters Japanese shoppers really type (①, ～, NEC/IBM kanji). A value with a
 * character even Windows-31J lacks (an emoji in a holder name) is refused before sending, naming
 * the field, instead of reaching GMO as {@code ?}.
 */
public final class GmoForm {

    /** Fields whose values are secrets or card data: never logged, never written to history. */
    public static final Set<String> SECRET_FIELDS = Set.of("ShopPass", "SitePass", "AccessPass", "Token", "CardNo",
            "SecurityCode", "Expire", "PaRes", "MD");

    private static final FormCodec CODEC = new FormCodec("GMO-PG", FormCodec.WINDOWS_31J, SECRET_FIELDS,
            Map.of("MemberName", "customer.name", "HolderName", "holderName"));

    public static final Charset CHARSET = CODEC.charset();

    public static final MediaType CONTENT_TYPE = CODEC.contentType();

    private GmoForm() {
    }

    /** @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot be carried */
    public static byte[] encode(Map<String, String> fields) {
        return CODEC.encode(fields);
    }

    /**
     * Reads a body; keys keep their order.
     *
     * @throws MalformedGmoReply when the body is empty or is not {@code Key=Value} pairs (an HTML
     *         error page from a proxy, a truncated answer)
     */
    public static Map<String, String> decode(byte[] body) {
        try {
            int url = indexOf(body, URL_KEYS);
            if (url < 0) {
                return CODEC.decode(body);
            }
            // GMO writes URLs raw, '&' and '=' included (ACS=2&RedirectUrl=https://…/callback?transId=…&t=…,
            // recorded replies): such a value runs to the end of the body and is not split or decoded.
            Map<String, String> fields = url == 0 ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(CODEC.decode(Arrays.copyOfRange(body, 0, url)));
            String rest = new String(body, url + (url == 0 ? 0 : 1), body.length - url - (url == 0 ? 0 : 1), CHARSET)
                    .strip();
            int equals = rest.indexOf('=');
            fields.put(rest.substring(0, equals), rest.substring(equals + 1));
            return fields;
        } catch (MalformedReply malformed) {
            throw new MalformedGmoReply(malformed.getMessage());
        }
    }

    /** Keys whose values are raw URLs, always the last of their answer. */
    private static final List<String> URL_KEYS = List.of("RedirectUrl", "Tds2ChallengeUrl");

    /** Where the first URL key starts: its {@code &} separator, or 0 when it opens the body; -1 when absent. */
    private static int indexOf(byte[] body, List<String> keys) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int found = -1;
        for (String key : keys) {
            int at = text.startsWith(key + "=") ? 0 : text.indexOf("&" + key + "=");
            if (at >= 0 && (found < 0 || at < found)) {
                found = at;
            }
        }
        return found;
    }

    /** The fields as text fit for logs and history: secrets replaced by {@code ****}. */
    public static String masked(Map<String, String> fields) {
        return CODEC.masked(fields);
    }
}
