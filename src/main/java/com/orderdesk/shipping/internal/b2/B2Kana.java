package com.orderdesk.shipping.internal.b2;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Full-width katakana or hiragana as the half-width katakana B2's お届け先名略称カナ (No. 17) takes:
 * {@code ヤマダ タロウ} becomes {@code ﾔﾏﾀﾞ ﾀﾛｳ}. Voiced marks become the separate ﾞ and ﾟ.
 */
final class B2Kana {

    private static final Map<Character, Character> HALF_WIDTH = new HashMap<>();

    static {
        // U+FF61..U+FF9F are the half-width forms; NFKC maps each to its full-width twin.
        for (char half = '\uFF61'; half <= '\uFF9F'; half++) {
            String full = Normalizer.normalize(String.valueOf(half), Normalizer.Form.NFKC);
            if (full.length() == 1) {
                HALF_WIDTH.put(full.charAt(0), half);
            }
        }
        HALF_WIDTH.put('\u3099', 'ﾞ');
        HALF_WIDTH.put('\u309A', 'ﾟ');
        HALF_WIDTH.put('\u309B', 'ﾞ');
        HALF_WIDTH.put('\u309C', 'ﾟ');
    }

    private B2Kana() {
    }

    /** The half-width form, or empty when the text holds something other than kana, spaces and ASCII. */
    static Optional<String> halfWidth(String kana) {
        StringBuilder half = new StringBuilder();
        String decomposed = Normalizer.normalize(kana.strip(), Normalizer.Form.NFD);
        for (char c : decomposed.toCharArray()) {
            char katakana = c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c;
            Character mapped = HALF_WIDTH.get(katakana);
            if (mapped != null) {
                half.append(mapped);
            } else if (c == '\u3000' || c == ' ') {
                half.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                half.append((char) (c - 0xFEE0));
            } else if (c >= 0x20 && c < 0x7F) {
                half.append(c);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(half.toString());
    }
}
