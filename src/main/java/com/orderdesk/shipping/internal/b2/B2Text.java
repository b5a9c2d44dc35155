package com.orderdesk.shipping.internal.b2;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.Optional;

import com.orderdesk.shared.Windows31jTwins;

/**
 * Text as B2 Cloud accepts it: CP932 (windows-31j), JIS level-1 and level-2 kanji only, lengths
 * counted in CP932 bytes (a "16/32" field holds 16 full-width or 32 half-width characters).
 * See {@code shared/providers/yamato-b2-csv.md}, "File format".
 */
final class B2Text {

    static final Charset CP932 = Charset.forName("windows-31j");

    /** B2 alone also takes 𠮷 (outside JIS X 0208) as 吉, as it always did; the standard CP932 twins come from {@link Windows31jTwins}. */
    private static final Map<String, String> B2_VARIANTS = Map.of("\uD842\uDFB7", "吉");

    private B2Text() {
    }

    static String normalize(String text) {
        String result = Windows31jTwins.map(text);
        for (Map.Entry<String, String> replacement : B2_VARIANTS.entrySet()) {
            result = result.replace(replacement.getKey(), replacement.getValue());
        }
        return result.replace('\r', ' ').replace('\n', ' ');
    }

    /**
     * Why B2 would refuse this (normalised) text, or empty. CP932 also holds NEC and IBM extensions
     * (①, ㈱, 髙) and user-defined characters, which are not JIS level 1/2: their lead bytes are
     * 0x87, 0xED-0xEE and 0xF0-0xFC.
     */
    static Optional<String> problem(String text) {
        CharsetEncoder encoder = CP932.newEncoder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = Character.toString(codePoint);
            if (!encoder.canEncode(character)) {
                return Optional.of("'" + character + "' cannot be written in Shift_JIS (CP932)");
            }
            int lead = character.getBytes(CP932)[0] & 0xFF;
            if (lead == 0x87 || lead == 0xED || lead == 0xEE || (lead >= 0xF0 && lead <= 0xFC)) {
                return Optional.of("'" + character + "' is not a JIS level-1/2 character, which B2 requires");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    static int byteLength(String text) {
        return text.getBytes(CP932).length;
    }

    /** Cuts at a character boundary so that the CP932 form fits {@code maxBytes}. */
    static String truncate(String text, int maxBytes) {
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = Character.toString(codePoint);
            int length = character.getBytes(CP932).length;
            if (bytes + length > maxBytes) {
                break;
            }
            kept.append(character);
            bytes += length;
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }
}
