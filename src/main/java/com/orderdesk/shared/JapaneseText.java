package com.orderdesk.shared;

import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Japanese text as people type it, folded with ICU4J: full-width digits and letters become ASCII
 * (NFKC), half-width katakana full-width, hiragana katakana. One place for the input
 * normalisation of numbers (phones, postal codes) and for search keys, so that the stored search
 * columns (folded the same way by PostgreSQL, see V150) and the queries agree.
 */
public final class JapaneseText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<Transliterator> HIRAGANA_TO_KATAKANA =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hiragana-Katakana"));
    private static final ThreadLocal<Transliterator> FULL_TO_HALF_WIDTH =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Fullwidth-Halfwidth"));
    /** Dashes typed in numbers: hyphen, non-breaking hyphen, figure/en/em dash, bar, minus, 長音 (ー, ｰ). */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70\\uFE63\\uFF0D]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private JapaneseText() {
    }

    public static String nfkc(String text) {
        return NFKC.normalize(text);
    }

    /** {@code ０３－１２３４－５６７８} or {@code 150ー0001} as {@code 03-1234-5678} / {@code 150-0001}, trimmed. */
    public static String digitsAndHyphens(String text) {
        return DASHES.matcher(nfkc(text)).replaceAll("-").strip();
    }

    /** Only the digits, after NFKC: {@code ０９０-1234} gives {@code 0901234}; none gives an empty string. */
    public static String digitsOnly(String text) {
        return nfkc(text).replaceAll("[^0-9]", "");
    }

    /**
     * The key a name, kana or e-mail is searched by: NFKC, hiragana as katakana, without spaces,
     * in lower case. {@code やまだ　たろう} and {@code ﾔﾏﾀﾞﾀﾛｳ} both give {@code ヤマダタロウ}.
     */
    public static String searchKey(String text) {
        String folded = HIRAGANA_TO_KATAKANA.get().transliterate(nfkc(text));
        return WHITESPACE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Katakana (or hiragana) as half-width katakana, ASCII kept: {@code ヤマダ タロウ} gives {@code ﾔﾏﾀﾞ ﾀﾛｳ}. */
    public static String halfWidthKatakana(String text) {
        String katakana = HIRAGANA_TO_KATAKANA.get().transliterate(nfkc(text))
                // Small ヶ/ヵ and the old ヮヰヱ have no half-width form; shops write them with their ordinary twins.
                .replace('ヶ', 'ケ').replace('ヵ', 'カ').replace('ヮ', 'ワ').replace('ヰ', 'イ').replace('ヱ', 'エ');
        return FULL_TO_HALF_WIDTH.get().transliterate(katakana);
    }
}
