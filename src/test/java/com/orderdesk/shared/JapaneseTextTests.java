package com.orderdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

class JapaneseTextTests {

    private static final Charset CP932 = Charset.forName("windows-31j");

    @Test
    void numbersTypedFullWidthOrWithJapaneseDashesBecomeAscii() {
        assertThat(JapaneseText.digitsAndHyphens("０３－１２３４－５６７８")).isEqualTo("03-1234-5678");
        assertThat(JapaneseText.digitsAndHyphens(" １５０ー０００１ ")).isEqualTo("150-0001");
        assertThat(JapaneseText.digitsAndHyphens("090−1111‐2222")).isEqualTo("090-1111-2222");
        assertThat(JapaneseText.digitsOnly("０９０-1234")).isEqualTo("0901234");
        assertThat(JapaneseText.digitsOnly("やまだ")).isEmpty();
    }

    @Test
    void searchKeysFoldWidthKanaAndSpaces() {
        assertThat(JapaneseText.searchKey("やまだ　たろう")).isEqualTo("ヤマダタロウ");
        assertThat(JapaneseText.searchKey("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo("ヤマダタロウ");
        assertThat(JapaneseText.searchKey("山田 太郎")).isEqualTo("山田太郎");
        assertThat(JapaneseText.searchKey("Ｔａｒｏ@Example.JP")).isEqualTo("taro@example.jp");
    }

    @Test
    void halfWidthKatakanaKeepsAsciiAndMapsSmallKeKa() {
        assertThat(JapaneseText.halfWidthKatakana("ヤマダ　たろう")).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(JapaneseText.halfWidthKatakana("ﾔﾏﾀﾞ")).isEqualTo("ﾔﾏﾀﾞ");
        assertThat(JapaneseText.halfWidthKatakana("ヶヵ")).isEqualTo("ｹｶ");
    }

    @Test
    void windows31jTwinsMakeTheJisFormsEncodableAndLeaveTheRest() {
        Windows31jTwins.TABLE.forEach((jis, twin) -> {
            String original = Character.toString(jis);
            String mapped = Windows31jTwins.map(original);
            assertThat(mapped).isEqualTo(Character.toString(twin));
            assertThat(new String(mapped.getBytes(CP932), CP932)).as("U+%04X round-trips", jis).isEqualTo(mapped);
        });
        assertThat(new String("〜".getBytes(CP932), CP932)).as("unmapped, Java's encoder loses it").isEqualTo("?");
        assertThat(Windows31jTwins.map("10〜12−3 𠮷😀")).isEqualTo("10～12－3 𠮷😀");
    }
}
