package com.orderdesk.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * Text OrderDesk refuses instead of storing changed: a NUL character (PostgreSQL cannot store it in
 * text, so it used to end in a 500) and a lone UTF-16 surrogate (no character at all; the database
 * driver would store it as {@code ?}). Checked in every JSON string ({@link StrictTextConfiguration})
 * and every query parameter ({@link StrictQueryParameters}).
 */
final class StrictText {

    private StrictText() {
    }

    /** Why the text is refused, or null when it is fine. */
    static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + "), which is not a character";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + "), which is not a character";
            }
        }
        return null;
    }
}
