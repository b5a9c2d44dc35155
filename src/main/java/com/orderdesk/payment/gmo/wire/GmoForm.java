package com.orderdesk.payment.gmo.wire;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.internal.Windows31jForm;
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

    public static final Charset CHARSET = Windows31jForm.CHARSET;

    public static final MediaType CONTENT_TYPE = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, CHARSET);

    /** Fields whose values are secrets or card data: never logged, never written to history. */
    public static final Set<String> SECRET_FIELDS = Set.of("ShopPass", "SitePass", "AccessPass", "Token", "CardNo",
            "SecurityCode", "Expire", "PaRes", "MD");

    private GmoForm() {
    }

    public static byte[] encode(Map<String, String> fields) {
        return Windows31jForm.encode(fields);
    }

    /**
     * Reads a body; keys keep their order.
     *
     * @throws MalformedGmoReply when the body is empty or is not {@code Key=Value} pairs (an HTML
     *         error page from a proxy, a truncated answer)
     */
    public static Map<String, String> decode(byte[] body) {
        try {
            return Windows31jForm.decode(body);
        } catch (Windows31jForm.MalformedForm malformed) {
            throw new MalformedGmoReply(malformed.getMessage());
        }
    }

    /** The fields as text fit for logs and history: secrets replaced by {@code ****}. */
    public static String masked(Map<String, String> fields) {
        return Windows31jForm.masked(fields, SECRET_FIELDS);
    }
}
