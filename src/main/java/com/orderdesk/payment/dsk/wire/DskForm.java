package com.orderdesk.payment.dsk.wire;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.gateway.kit.FormCodec;
import com.orderdesk.payment.gateway.kit.MalformedReply;
import org.springframework.http.MediaType;

/**
 * DSK's form encoding, for the requests OrderDesk sends and the payment notices DSK posts: the
 * kit's {@link FormCodec} in Windows-31J with DSK's secret field.
 *
 * <p>Charset (public: the w2 package URL-encodes values "in Shift_JIS"): Windows-31J gives the same
 * bytes as Shift_JIS for every JIS X 0208 character and, unlike Java's strict {@code Shift_JIS},
 * also decodes the vendor characters a notice might carry instead of turning them into {@code ?}.
 * Names sent to DSK are first reduced to JIS X 0208 ({@link DskText}); any other value with a
 * character Windows-31J lacks is refused before sending, naming the field.
 */
public final class DskForm {

    /** Fields never logged nor written to history. */
    public static final Set<String> SECRET_FIELDS = Set.of("password");

    private static final FormCodec CODEC = new FormCodec("DSK", FormCodec.WINDOWS_31J, SECRET_FIELDS,
            Map.of("customername1", "customer.name", "customername2", "customer.name", "customertel", "customer.phone",
                    "mail", "customer.email"));

    public static final Charset CHARSET = CODEC.charset();

    public static final MediaType CONTENT_TYPE = CODEC.contentType();

    private DskForm() {
    }

    /** @throws com.orderdesk.payment.gateway.RequestNotSendable when a value cannot be carried */
    public static byte[] encode(Map<String, String> fields) {
        return CODEC.encode(fields);
    }

    /**
     * Reads a form body (a notice, or a request in the simulator); keys keep their order.
     *
     * @throws MalformedDskReply when the body is empty or not {@code key=value} pairs
     */
    public static Map<String, String> decode(byte[] body) {
        try {
            return CODEC.decode(body);
        } catch (MalformedReply malformed) {
            throw new MalformedDskReply(malformed.getMessage());
        }
    }

    /** The fields as text fit for logs: the password replaced by {@code ****}. */
    public static String masked(Map<String, String> fields) {
        return CODEC.masked(fields);
    }
}
