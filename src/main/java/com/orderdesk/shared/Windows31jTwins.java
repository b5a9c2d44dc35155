package com.orderdesk.shared;

import java.util.Map;

/**
 * The standard Unicode → Windows-31J (CP932) mapping table for the characters whose JIS X 0208
 * Unicode form differs from the CP932 one, so that Java's encoder turns them into {@code ?}: the
 * wave dash {@code 〜} typed on a Mac is CP932's {@code ～}, the minus sign {@code −} is {@code －},
 * and so on (the well-known JIS/CP932 mapping differences, as Microsoft's and the WHATWG
 * Shift_JIS tables list them). Whatever still cannot be encoded after this mapping has no standard
 * twin and must be refused before sending, naming the field (the adapter kit's charset preflight
 * and the B2 export do that); this class only maps.
 */
public final class Windows31jTwins {

    /** JIS-form character → its CP932 twin. */
    public static final Map<Integer, Integer> TABLE = Map.of(
            0x301C, 0xFF5E,  // 〜 WAVE DASH → ～ FULLWIDTH TILDE
            0x2016, 0x2225,  // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO
            0x2212, 0xFF0D,  // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS
            0x2014, 0x2015,  // — EM DASH → ― HORIZONTAL BAR
            0x00A2, 0xFFE0,  // ¢ → ￠
            0x00A3, 0xFFE1,  // £ → ￡
            0x00AC, 0xFFE2,  // ¬ → ￢
            0x00A6, 0xFFE4,  // ¦ → ￤
            0x00A0, 0x0020); // NO-BREAK SPACE → space

    private Windows31jTwins() {
    }

    /** The text with every character of {@link #TABLE} replaced by its CP932 twin; everything else unchanged. */
    public static String map(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> mapped.appendCodePoint(TABLE.getOrDefault(codePoint, codePoint)));
        return mapped.toString();
    }
}
