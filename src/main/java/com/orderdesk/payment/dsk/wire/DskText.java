package com.orderdesk.payment.dsk.wire;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Text fields as DSK takes them. The w2 package (public) limits each name field to 10 characters
 * and removes kanji outside JIS levels 1 and 2; this does the same by keeping only characters that
 * strict {@code Shift_JIS} (JIS X 0201 + JIS X 0208, no vendor extensions such as 髙, 﨑 or ①) can
 * encode, so the slip never shows a replacement character. Removed, not replaced: a name missing a
 * rare kanji is still recognisable, a {@code ?} is not.
 */
public final class DskText {

    public static final int NAME_LENGTH = 10;

    private static final Charset JIS_X_0208 = Charset.forName("Shift_JIS");

    private DskText() {
    }

    /** Keeps JIS X 0208 / ASCII characters, drops the rest and control characters, cuts to {@code max}. */
    public static String jisOnly(String text, int max) {
        CharsetEncoder strict = JIS_X_0208.newEncoder();
        CharsetEncoder windows = DskForm.CHARSET.newEncoder();
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            if (kept.length() < max && !Character.isISOControl(codePoint) && strict.canEncode(character)
                    && windows.canEncode(character)) {
                kept.append(character);
            }
        });
        return kept.toString().strip();
    }
}
