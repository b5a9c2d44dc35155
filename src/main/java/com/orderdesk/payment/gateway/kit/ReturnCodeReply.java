package com.orderdesk.payment.gateway.kit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The reply shape the Yamato services (Kuroneko atobarai, kakebarai) share: an XML document whose
 * root holds flat fields, {@code returnCode} ({@code 0} normal, anything else an error),
 * {@code errorCode} when it is an error, {@code returnDate}, and each function's own fields
 * ({@code result}, {@code orderNo}, …). Read with {@link XmlReplies}, so doctypes are refused.
 *
 * @param root the root element's name ({@code return} for atobarai)
 * @param fields every leaf field of the root, in document order
 */
public record ReturnCodeReply(String root, Map<String, String> fields) {

    public static final String OK = "0";

    public ReturnCodeReply {
        fields = Map.copyOf(fields);
    }

    /**
     * @throws MalformedReply when the body is not XML, declares a doctype, or carries no
     *         {@code returnCode} (an HTML error page, a proxy's answer)
     */
    public static ReturnCodeReply read(byte[] body) {
        XmlReplies.XmlReply xml = XmlReplies.read(body);
        String returnCode = xml.fields().get("returnCode");
        if (returnCode == null || returnCode.isBlank()) {
            throw new MalformedReply("XML reply without returnCode");
        }
        return new ReturnCodeReply(xml.root(), xml.fields());
    }

    public String returnCode() {
        return fields.get("returnCode");
    }

    public boolean succeeded() {
        return OK.equals(returnCode());
    }

    /** The error code of an error reply, null when there is none. */
    public @Nullable String errorCode() {
        return field("errorCode");
    }

    /** The stripped value, null when absent or blank. */
    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
