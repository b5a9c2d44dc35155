package com.orderdesk.payment.dsk.wire;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

import com.orderdesk.payment.internal.Windows31jForm;
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

    public static final Charset CHARSET = Windows31jForm.CHARSET;

    public static final MediaType CONTENT_TYPE = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, CHARSET);

    /** Fields never logged nor written to history. */
    public static final Set<String> SECRET_FIELDS = Set.of("password");

    private DskForm() {
    }

    public static byte[] encode(Map<String, String> fields) {
        return Windows31jForm.encode(fields);
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
        try {
            return Windows31jForm.decode(body);
        } catch (Windows31jForm.MalformedForm malformed) {
            throw new MalformedDskReply(malformed.getMessage());
        }
    }

    /** The fields as text fit for logs: the password replaced by {@code ****}. */
    public static String masked(Map<String, String> fields) {
        return Windows31jForm.masked(fields, SECRET_FIELDS);
    }
}
