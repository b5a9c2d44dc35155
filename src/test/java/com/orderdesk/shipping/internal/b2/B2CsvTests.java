package com.orderdesk.shipping.internal.b2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.orderdesk.shared.Csv;
import com.orderdesk.shipping.internal.YamatoTimeSlots;
import org.junit.jupiter.api.Test;

class B2CsvTests {

    @Test
    void writesCp932WithEveryFieldQuotedAndCrlfLineEnds() {
        byte[] bytes = Csv.write(Csv.Target.B2, List.of("注文番号", "a\"b"), List.of(List.of("ヤマト", "")));

        assertThat(bytes).startsWith((byte) 0x22, (byte) 0x92, (byte) 0x8D); // "注 in CP932
        assertThat(new String(bytes, B2Text.CP932)).isEqualTo("\"注文番号\",\"a\"\"b\"\r\n\"ヤマト\",\"\"\r\n");
    }

    @Test
    void mapsLookAlikesToTheirCp932FormAndRefusesWhatB2CannotPrint() {
        assertThat(B2Text.normalize("10〜12−3\u00A0𠮷野")).isEqualTo("10～12－3 吉野");
        assertThat(B2Text.problem(B2Text.normalize("10〜12−3 𠮷野家"))).isEmpty();
        assertThat(B2Text.problem("髙橋")).hasValueSatisfying(problem -> assertThat(problem).contains("JIS level-1/2"));
        assertThat(B2Text.problem("①")).isPresent();
        assertThat(B2Text.problem("😀")).hasValueSatisfying(problem -> assertThat(problem).contains("CP932"));
        assertThat(B2Text.problem("ｱｲｳ abc 東京都")).isEmpty();
    }

    @Test
    void countsAndCutsLengthsInCp932Bytes() {
        assertThat(B2Text.byteLength("ヤマト")).isEqualTo(6);
        assertThat(B2Text.byteLength("ﾔﾏﾄ")).isEqualTo(3);
        assertThat(B2Text.truncate("あいうえお", 5)).isEqualTo("あい");
    }

    @Test
    void decodesCp932AndRefusesUtf8AndBrokenBytes() {
        assertThat(B2Csv.decode("\"注文\"".getBytes(B2Text.CP932))).isEqualTo("\"注文\"");
        assertThat(B2Csv.decode("\"OD-000001\",\"0\"".getBytes(StandardCharsets.US_ASCII))).startsWith("\"OD");

        assertThatThrownBy(() -> B2Csv.decode("\"注文\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(B2FileRejected.class).hasMessageContaining("UTF-8");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThatThrownBy(() -> B2Csv.decode(bom)).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> B2Csv.decode(new byte[] {(byte) 0x81})).hasMessageContaining("CP932");
        assertThatThrownBy(() -> B2Csv.decode(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndBlankLines() {
        assertThat(Csv.parse("\"a,b\",\"c\"\"d\",e\r\n\r\n1,2\n", "file")).extracting(Csv.Row::fields)
                .containsExactly(List.of("a,b", "c\"d", "e"), List.of("1", "2"));
    }

    @Test
    void mapsShopTimeSlotsToB2Codes() {
        assertThat(YamatoTimeSlots.code("0812")).contains("0812");
        assertThat(YamatoTimeSlots.code("午前中")).contains("0812");
        assertThat(YamatoTimeSlots.code("14-16")).contains("1416");
        assertThat(YamatoTimeSlots.code("１８時～２０時")).contains("1820");
        assertThat(YamatoTimeSlots.code("19:00-21:00")).contains("1921");
        assertThat(YamatoTimeSlots.code("1214")).as("pre-2017 slot").isEmpty();
        assertThat(YamatoTimeSlots.code("evening")).isEmpty();
    }

    @Test
    void convertsKanaToHalfWidthKatakanaForColumn17() {
        assertThat(B2Kana.halfWidth("ヤマダ タロウ")).contains("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(B2Kana.halfWidth("やまだ　ぱんだ")).contains("ﾔﾏﾀﾞ ﾊﾟﾝﾀﾞ");
        assertThat(B2Kana.halfWidth("ヴィー・ＡＢＣ")).contains("ｳﾞｨｰ･ABC");
        assertThat(B2Kana.halfWidth("山田")).isEmpty();
    }

    @Test
    void kanaAlreadyHalfWidthAndSmallKeKaDoNotComeOutEmpty() {
        assertThat(B2Kana.halfWidth("ﾔﾏﾀﾞ ﾀﾛｳ")).contains("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(B2Kana.halfWidth("ｶﾌﾞｼｷｶﾞｲｼｬ ヤマダ")).contains("ｶﾌﾞｼｷｶﾞｲｼｬ ﾔﾏﾀﾞ");
        assertThat(B2Kana.halfWidth("ホトトギスヶオカ")).contains("ﾎﾄﾄｷﾞｽｹｵｶ");
        assertThat(B2Kana.halfWidth("ヵ")).contains("ｶ");
    }

    @Test
    void theLayoutHas97Columns() {
        assertThat(B2Layout.HEADER).hasSize(97);
        assertThat(B2Layout.HEADER.get(B2Layout.TRACKING_NUMBER - 1)).isEqualTo("伝票番号");
        assertThat(B2Layout.HEADER.get(B2Layout.TO_NAME - 1)).isEqualTo("お届け先名");
        assertThat(B2Layout.HEADER.get(B2Layout.BILLING_CUSTOMER_CODE - 1)).isEqualTo("請求先顧客コード");
    }
}
