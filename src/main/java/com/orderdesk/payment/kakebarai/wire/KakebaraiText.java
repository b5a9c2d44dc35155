package com.orderdesk.payment.kakebarai.wire;

/**
 * Field widths as the add-on counts them: "full-width 30 / half-width 60" means a limit in
 * half-width units where a full-width character counts two. A value that does not fit is refused by
 * the caller, never cut.
 */
public final class KakebaraiText {

    private KakebaraiText() {
    }

    /** Half-width units: ASCII and half-width katakana count one, everything else two. */
    public static int width(String text) {
        return text.codePoints().map(c -> c < 0x80 || (c >= 0xFF61 && c <= 0xFF9F) ? 1 : 2).sum();
    }

    public static boolean fits(String text, int halfWidthUnits) {
        return width(text) <= halfWidthUnits;
    }

    /** Digits only, at most {@code digits} of them (amounts and counts; a minus sign is allowed where said). */
    public static boolean digitsFit(long value, int digits) {
        return Long.toString(Math.abs(value)).length() <= digits;
    }
}
