package com.orderdesk.payment.kakebarai.wire;

import java.util.Map;

import com.orderdesk.payment.gateway.kit.MalformedReply;
import com.orderdesk.payment.gateway.kit.XmlReplies;
import org.jspecify.annotations.Nullable;

/**
 * A reply as the add-on reads it: the XML's leaf fields as a flat map. {@code returnCode} {@code 0}
 * is success and anything else an error with {@code errorCode} (fact sheet "Transport"). The root
 * element's name is not public, so any root is accepted.
 */
public record KakebaraiReply(Map<String, String> fields) {

    public KakebaraiReply {
        fields = Map.copyOf(fields);
    }

    /** @throws MalformedReply when the body is not XML (or declares a doctype) or has no returnCode */
    public static KakebaraiReply parse(byte[] body) {
        XmlReplies.XmlReply xml = XmlReplies.read(body);
        if (!xml.fields().containsKey("returnCode")) {
            throw new MalformedReply("a kakebarai reply without returnCode");
        }
        return new KakebaraiReply(xml.fields());
    }

    public boolean succeeded() {
        return "0".equals(fields.get("returnCode"));
    }

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public String errorCode() {
        String code = field("errorCode");
        return code == null ? "returnCode=" + fields.get("returnCode") : code;
    }
}
