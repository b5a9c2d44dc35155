package com.orderdesk.mail.web;

import com.orderdesk.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Reads a template version from an {@code If-Match} header ({@code "3"} or {@code 3}). */
final class IfMatch {

    private IfMatch() {
    }

    static @Nullable Integer version(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notAVersion) {
            throw new InvalidInput("If-Match", "must be the template's version as its ETag gives it, such as \"3\"");
        }
    }
}
