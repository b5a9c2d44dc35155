package com.orderdesk.shipping.internal.b2;

import java.util.Optional;

import com.orderdesk.shared.JapaneseText;

/**
 * Kana as the half-width katakana B2's お届け先名略称カナ (No. 17) takes: {@code ヤマダ タロウ},
 * {@code やまだ たろう} and an already half-width {@code ﾔﾏﾀﾞ ﾀﾛｳ} all become {@code ﾔﾏﾀﾞ ﾀﾛｳ}; voiced
 * marks become the separate ﾞ and ﾟ, and ヶ/ヵ (which have no half-width form) ｹ/ｶ.
 */
final class B2Kana {

    private B2Kana() {
    }

    /** The half-width form, or empty when the text holds something other than kana, spaces and ASCII. */
    static Optional<String> halfWidth(String kana) {
        String half = JapaneseText.halfWidthKatakana(kana.strip());
        boolean fits = half.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || (c >= '\uFF61' && c <= '\uFF9F'));
        return fits ? Optional.of(half) : Optional.empty();
    }
}
