package com.orderdesk.payment.gmo.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One decoded GMO-PG answer: either its fields, or the {@code ErrCode}/{@code ErrInfo} errors it
 * carries instead.
 */
public record GmoReply(Map<String, String> fields, List<GmoError> errors) {

    public GmoReply {
        fields = Map.copyOf(fields);
        errors = List.copyOf(errors);
    }

    /** Reads a decoded body; the pipe lists of {@code ErrCode} and {@code ErrInfo} line up one to one. */
    public static GmoReply of(Map<String, String> fields) {
        String codes = fields.get("ErrCode");
        if (codes == null || codes.isBlank()) {
            return new GmoReply(fields, List.of());
        }
        String[] code = codes.split("\\|", -1);
        String[] info = fields.getOrDefault("ErrInfo", "").split("\\|", -1);
        List<GmoError> errors = new ArrayList<>();
        for (int i = 0; i < Math.max(code.length, info.length); i++) {
            errors.add(new GmoError(i < code.length ? code[i] : "", i < info.length ? info[i] : ""));
        }
        return new GmoReply(fields, errors);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }

    public boolean hasErrorInfo(String errInfo) {
        return errors.stream().anyMatch(error -> error.info().equals(errInfo));
    }

    public @Nullable String field(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public String fieldOrEmpty(String name) {
        return fields.getOrDefault(name, "");
    }

    /** @throws MalformedGmoReply when a successful answer lacks a field GMO always sends */
    public String required(String name) {
        String value = field(name);
        if (value == null) {
            throw new MalformedGmoReply("no " + name);
        }
        return value;
    }

    /** {@code E01|E01} — the codes as GMO sent them, for the operations log. */
    public String errorCodes() {
        return String.join("|", errors.stream().map(GmoError::code).toList()) + "/"
                + String.join("|", errors.stream().map(GmoError::info).toList());
    }

    /** Readable text naming every code, Japanese and English. */
    public String errorMessage() {
        return String.join("; ", errors.stream().map(GmoErrorMessages::describe).toList());
    }

    /** One error: the 3-character class ({@code E01}, {@code 42G}) and the 9-character detail. */
    public record GmoError(String code, String info) {

        /** The detail when GMO sent one, else the class. */
        public String mostSpecific() {
            return info.isBlank() ? code : info;
        }
    }
}
