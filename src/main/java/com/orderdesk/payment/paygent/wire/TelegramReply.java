package com.orderdesk.payment.paygent.wire;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One reply (fact sheet, "Common response"): {@code result} {@value #SUCCESS} success,
 * {@value #ERROR} error, anything else a communication failure; {@code response_code} and
 * {@code response_detail} explain an error. The other fields are the kind's own (343:
 * {@code payment_id}, {@code payment_amount}, {@code currency}, … from the w2 DTO).
 */
public record TelegramReply(String result, Map<String, String> fields) {

    public static final String SUCCESS = "0";
    public static final String ERROR = "1";

    public TelegramReply {
        fields = Map.copyOf(fields);
    }

    /** @throws com.orderdesk.payment.gateway.kit.MalformedReply when the body is not a Paygent reply */
    public static TelegramReply parse(byte[] body) {
        Map<String, String> fields = PaygentWire.decodeReply(body);
        return new TelegramReply(fields.get("result").strip(), fields);
    }

    public boolean succeeded() {
        return SUCCESS.equals(result);
    }

    /** A plain error answer ({@code result=1}); anything else that is not success is a communication failure. */
    public boolean error() {
        return ERROR.equals(result);
    }

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public @Nullable String responseCode() {
        return field("response_code");
    }

    public String describe() {
        String detail = field("response_detail");
        return "result=" + result + (responseCode() == null ? "" : " response_code=" + responseCode())
                + (detail == null ? "" : " (" + detail + ")");
    }
}
